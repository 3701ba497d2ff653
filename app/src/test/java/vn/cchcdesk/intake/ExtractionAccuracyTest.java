package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accuracy requirement: for each sample directive, its .txt, .docx and .pdf forms
 * give output equal field for field to NAME.expected.json — every field, task texts and time
 * frames included, not only what the checker scores.
 */
class ExtractionAccuracyTest {

    private final DirectiveIntake intake = new DirectiveIntake();

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        for (String name : Samples.NAMES) {
            for (String format : List.of("txt", "docx", "pdf")) {
                all.add(Arguments.of(name, format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("samples")
    void everyFieldEqualsTheExpectedFile(String name, String format) {
        ObjectNode actual = ExtractionJson.of(intake.extract(Samples.file(name, format)));
        JsonNode expected = Samples.expected(name);

        assertThat(actual.get("file").asText()).isEqualTo(name + "." + format);
        JsonNode want = Samples.normalised(expected);
        JsonNode got = Samples.normalised(actual);
        for (String field : List.of("issuer", "type", "number", "symbol", "date", "place", "summary",
                "addressees", "copiesTo", "signer", "citations")) {
            assertThat(got.get(field)).as(field).isEqualTo(want.get(field));
        }
        for (int i = 0; i < want.get("assignments").size(); i++) {
            assertThat(got.get("assignments").get(i)).as("assignment %d", i).isEqualTo(want.get("assignments").get(i));
        }
        assertThat(got.get("assignments")).hasSameSizeAs(want.get("assignments"));
        assertThat(got).isEqualTo(want);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("samples")
    void assignmentsMatchAsTheCheckerComparesThem(String name, String format) {
        ObjectNode actual = ExtractionJson.of(intake.extract(Samples.file(name, format)));

        assertThat(unitRolePairs(actual)).isEqualTo(unitRolePairs(Samples.expected(name)));
    }

    /** (unit folded: accents incl. đ, case and punctuation removed; role), as score_extraction.py. */
    private static Set<String> unitRolePairs(JsonNode document) {
        Set<String> pairs = new LinkedHashSet<>();
        for (JsonNode assignment : document.get("assignments")) {
            String unit = Normalizer.normalize(assignment.get("unit").asText().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase().replaceAll("[\\p{P}\\p{S}]", "").replaceAll("\\s+", " ").strip();
            pairs.add(unit + "|" + assignment.get("role").asText());
        }
        return pairs;
    }
}
