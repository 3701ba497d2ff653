package vn.cchcdesk.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import vn.cchcdesk.domain.text.VietnameseText;

/** The token index finds exactly the rows whose folded text contains every word, whatever was set and replaced. */
class TokenIndexProperties {

    @Provide
    Arbitrary<String> texts() {
        // few letters, so words recur across rows and substrings match often
        return Arbitraries.strings().withChars("abcđ /-1 ").ofMaxLength(24).map(VietnameseText::fold);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcd/-1").ofMinLength(1).ofMaxLength(3);
    }

    @Property(tries = 500)
    void findsWhatContainsFinds(@ForAll @Size(max = 40) List<@net.jqwik.api.From("texts") String> written,
                                @ForAll @Size(max = 10) List<Integer> rewrites,
                                @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("words") String> query) {
        TokenIndex index = new TokenIndex();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < written.size(); row++) {
            index.set(row, written.get(row));
            rows.add(written.get(row));
        }
        // replace some rows' texts with others', as edits do
        for (int i = 0; i < rewrites.size() && !rows.isEmpty(); i++) {
            int row = Math.floorMod(rewrites.get(i), rows.size());
            String text = rows.get(Math.floorMod(rewrites.get(i) * 31 + 7, rows.size())) + " x";
            index.set(row, text);
            rows.set(row, text);
        }
        BitSet expected = new BitSet();
        for (int row = 0; row < rows.size(); row++) {
            String text = rows.get(row);
            if (query.stream().allMatch(text::contains)) {
                expected.set(row);
            }
        }
        assertThat(index.matchingAll(query)).isEqualTo(expected);
    }
}
