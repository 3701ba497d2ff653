package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.text.VietnameseText;

class TextCharsetsTest {

    private static final String TEXT = "Ủy ban nhân dân xã Định Tân";

    @Test
    void byteOrderMarksDecide() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(TextCharsets.decode(withBom)).isEqualTo(TEXT);

        byte[] utf16 = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16WithBom = new byte[utf16.length + 2];
        utf16WithBom[0] = (byte) 0xFF;
        utf16WithBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, utf16WithBom, 2, utf16.length);
        assertThat(TextCharsets.decode(utf16WithBom)).isEqualTo(TEXT);
    }

    @Test
    void validUtf8IsUtf8() {
        assertThat(TextCharsets.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void vietnameseWindowsCodePage() {
        // "Định Tân, Ủy ban" in windows-1258: Đ=D0, i + dot below (F2), â=E2, U + hook (D2) + y, y + grave? no: "Ủy" = U D2 y
        byte[] cp1258 = {(byte) 0xD0, 'i', (byte) 0xF2, 'n', 'h', ' ', 'T', (byte) 0xE2, 'n', ',', ' ', 'U', (byte) 0xD2, 'y', ' ', 'b', 'a', 'n'};
        assertThat(TextCharsets.looksVietnamese(cp1258)).isTrue();
        assertThat(VietnameseText.nfc(TextCharsets.decode(cp1258))).isEqualTo("Định Tân, Ủy ban");
    }

    @Test
    void westernWindowsCodePage() {
        byte[] cp1252 = "Café résumé à côté".getBytes(TextCharsets.WINDOWS_1252);
        assertThat(TextCharsets.looksVietnamese(cp1252)).isFalse();
        assertThat(TextCharsets.decode(cp1252)).isEqualTo("Café résumé à côté");
    }
}
