package vn.cchcdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.intake.DirectiveIntake;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("file", "issuer", "type", "number", "symbol", "date", "place",
            "summary", "addressees", "copiesTo", "signer", "citations", "assignments");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    private final ExtractCommand command = new ExtractCommand(new DirectiveIntake());

    private static Path sample(String relative) throws URISyntaxException {
        return Path.of(ExtractCommandTest.class.getResource("/samples/directives/" + relative).toURI());
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneJsonObjectPerLineWithTheFieldsInOrder() throws Exception {
        int code = command.run(List.of(
                sample("xa-dinh-tan_cong-van_day-manh-tuyen-truyen-cchc_2026.txt").toString(),
                sample("pdf/xa-thanh-mien_cong-van_phan-cong-tuyen-truyen-cchc_2026.pdf").toString()), output);

        assertThat(code).isEqualTo(Command.OK);
        assertThat(lines()).hasSize(2);
        JsonNode first = JSON.readTree(lines().get(0));
        List<String> names = new ArrayList<>();
        Iterator<String> it = first.fieldNames();
        it.forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(FIELDS);
        assertThat(first.get("file").asText()).isEqualTo("xa-dinh-tan_cong-van_day-manh-tuyen-truyen-cchc_2026.txt");
        assertThat(first.get("number").isNull()).isTrue();
        assertThat(first.get("date").get("month").asInt()).isEqualTo(3);
        assertThat(first.get("date").get("day").isNull()).isTrue();
        assertThat(first.get("signer").get("name").asText()).isEqualTo("Thiều Sỹ Hưng");
        assertThat(first.get("citations").get(0).get("kind").asText()).isEqualTo("IMPLEMENTS");
        assertThat(first.get("assignments").get(0).get("role").asText()).isEqualTo("LEAD");
        assertThat(JSON.readTree(lines().get(1)).get("file").asText()).endsWith(".pdf");
    }

    @Test
    void prettyPrintsOneArray() throws Exception {
        int code = command.run(List.of("--pretty", sample("docx/xa-tan-minh_cong-van_trien-khai-tuyen-truyen-cchc_2026.docx").toString()), output);

        assertThat(code).isEqualTo(Command.OK);
        assertThat(lines().size()).isGreaterThan(10);
        JsonNode array = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("issuer").asText()).isEqualTo("Ủy ban nhân dân xã Tân Minh");
    }

    @Test
    void aFileThatCannotBeReadGetsAnErrorObjectAndTheOthersAreStillRead() throws Exception {
        Path empty = Files.createFile(dir.resolve("rong.docx"));
        int code = command.run(List.of(empty.toString(),
                sample("xa-tan-minh_cong-van_trien-khai-tuyen-truyen-cchc_2026.txt").toString(),
                dir.resolve("khong-co.pdf").toString()), output);

        assertThat(code).isEqualTo(Command.FAILED);
        assertThat(lines()).hasSize(3);
        JsonNode error = JSON.readTree(lines().get(0));
        assertThat(error.size()).isEqualTo(2);
        assertThat(error.get("file").asText()).isEqualTo("rong.docx");
        assertThat(error.get("error").asText()).contains("rong.docx").contains("rỗng");
        assertThat(JSON.readTree(lines().get(1)).has("error")).isFalse();
        assertThat(JSON.readTree(lines().get(2)).get("error").asText()).contains("Không tìm thấy");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noFileIsAUsageError() {
        assertThatThrownBy(() -> command.run(List.of("--pretty"), output))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("cli.extract.noFiles"));
        assertThatThrownBy(() -> command.run(List.of("--bogus", "a.txt"), output))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("cli.unknownOption"));
    }
}
