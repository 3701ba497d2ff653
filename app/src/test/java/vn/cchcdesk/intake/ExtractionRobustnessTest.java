package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text a file holds — lines of real directives cut, shuffled and mixed with noise — the
 * extraction ends normally: a clerk's odd file never ends in a stack trace.
 */
class ExtractionRobustnessTest {

    private static final List<String> LINES = sampleLines();

    @Property(tries = 200)
    void anyMixOfDirectiveLinesIsExtractedWithoutFailing(@ForAll("mixedLines") List<String> lines) {
        ExtractedDirective d = Texts.extract(String.join("\n", lines));

        for (String value : new String[] {d.issuer(), d.summary(), d.place()}) {
            if (value != null) {
                assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).isTrue();
                assertThat(value).isEqualTo(value.strip());
            }
        }
        assertThat(d.assignments()).allSatisfy(a -> {
            assertThat(a.unit()).isNotBlank();
            assertThat(a.task()).isNotBlank();
        });
    }

    @Provide
    Arbitrary<List<String>> mixedLines() {
        Arbitrary<String> real = Arbitraries.of(LINES);
        Arbitrary<String> noise = Arbitraries.strings().withChars("ỦyBANXÃĐịnhTâ-:;./()\t *#[]0123456789,").ofMaxLength(60);
        Arbitrary<String> blank = Arbitraries.just("");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, real), net.jqwik.api.Tuple.of(2, noise), net.jqwik.api.Tuple.of(2, blank))
                .list().ofMaxSize(80);
    }

    private static List<String> sampleLines() {
        List<String> lines = new ArrayList<>();
        try {
            for (String name : Samples.NAMES) {
                lines.addAll(Files.readAllLines(Samples.file(name, "txt")));
            }
            lines.addAll(Files.readAllLines(Samples.fixture("xa-an-binh_ke-hoach_tuyen-truyen-cchc_2026.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
