package vn.cchcdesk.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streamed sheets' writer encodes as the JDK's UTF-8 encoder does, across its buffer's edge too. */
class Utf8FileWriterTest {

    @Test
    void vietnameseSymbolsAndSupplementaryCharactersAreTheJdksBytes() throws IOException {
        String text = "Tuyên truyền cải cách hành chính — Đình Tân € 😀 <&> ";
        assertThat(written(text.repeat(5000))).isEqualTo(text.repeat(5000).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsWithTheJdk() throws IOException {
        String text = "a\uD83Db\uDE00c\uD83D";
        assertThat(written(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] written(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8FileWriter writer = new Utf8FileWriter(bytes)) {
            // as POI writes: strings, single characters and arrays
            int third = text.length() / 3;
            writer.write(text, 0, third);
            for (int i = third; i < 2 * third; i++) {
                writer.write(text.charAt(i));
            }
            writer.write(text.substring(2 * third).toCharArray());
        }
        return bytes.toByteArray();
    }
}
