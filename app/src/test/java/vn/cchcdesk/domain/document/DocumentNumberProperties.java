package vn.cchcdesk.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Document numbers: what is written is read back, however it is spaced or prefixed; nothing makes the parser throw. */
class DocumentNumberProperties {

    @Property
    void aFormattedNumberReadsBackAsItself(@ForAll("numbers") DocumentNumber number) {
        assertThat(DocumentNumber.parse(number.format())).contains(number);
    }

    @Property
    void theSoPrefixAndSpacesAroundSeparatorsDoNotMatter(@ForAll("numbers") DocumentNumber number,
                                                          @ForAll("prefixes") String prefix, @ForAll @IntRange(max = 3) int spaces) {
        String gap = " ".repeat(spaces);
        String written = prefix + (number.number() == null ? "" : number.number()) + gap + "/" + gap
                + number.symbol().replace("-", gap + "-" + gap);
        assertThat(DocumentNumber.parse(written)).as(written).contains(number);
    }

    @Property
    void theNumberValueIsTheDigitsWithoutLeadingZeros(@ForAll @IntRange(min = 0, max = 999_999) int value,
                                                      @ForAll @IntRange(max = 2) int zeros) {
        DocumentNumber number = new DocumentNumber("0".repeat(zeros) + value, "KH-UBND");
        assertThat(number.numberValue()).contains(value);
    }

    @Property(tries = 2000)
    void anyTextIsEitherANumberOrNothingNeverAnError(@ForAll String text) {
        assertThat(DocumentNumber.parse(text)).satisfiesAnyOf(
                parsed -> assertThat(parsed).isEmpty(),
                parsed -> assertThat(parsed.get().symbol()).isNotBlank());
    }

    @Provide
    Arbitrary<DocumentNumber> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> blankOrDigits = Arbitraries.oneOf(digits, Arbitraries.just(null));
        Arbitrary<String> group = Arbitraries.strings().withChars("ABCDEGHKLMNOPQRSTUVXYĐ0123456789&").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> symbol = group.list().ofMinSize(1).ofMaxSize(3).map(groups -> String.join("-", groups));
        return Combinators.combine(blankOrDigits, symbol).as(DocumentNumber::new);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of(List.of("", "Số: ", "Số ", "số: ", "Số hiệu: ", "So: "));
    }
}
