package vn.cchcdesk.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file whose charset nobody declared. A byte-order mark decides first; then text
 * that is valid UTF-8 is UTF-8 (other charsets almost never form valid multi-byte sequences);
 * otherwise it is a Windows code page: windows-1258 (Vietnamese, tone marks as combining
 * characters) when its tone-mark bytes follow letters, else windows-1252. TCVN3 ({@link Tcvn3}), the
 * pre-Unicode Vietnamese standard, is recognised by the common words it then spells.
 */
public final class TextCharsets {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextCharsets() {
    }

    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // TCVN3 first: its toned letters use bytes that windows-1258 reads as tone marks
            if (Tcvn3.looksLike(bytes)) {
                return Tcvn3.decode(bytes);
            }
            return new String(bytes, looksVietnamese(bytes) ? WINDOWS_1258 : WINDOWS_1252);
        }
    }

    /**
     * windows-1258 writes tones as combining marks (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute,
     * 0xF2 dot below) right after a letter; in windows-1252 those bytes are Ì Ò Þ ì ò, which
     * Western text puts after a letter far less often. The letters đ/Đ (0xF0/0xD0) count too.
     */
    public static boolean looksVietnamese(byte[] bytes) {
        int vietnamese = 0;
        int other = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            boolean afterLetter = i > 0 && isAsciiLetterOrVietnameseVowel(bytes[i - 1] & 0xFF);
            if ((b == 0xCC || b == 0xD2 || b == 0xDE || b == 0xEC || b == 0xF2) && afterLetter) {
                vietnamese++;
            } else if (b == 0xF0 || b == 0xD0 || b == 0xF5 || b == 0xFD || b == 0xD5 || b == 0xDD) {
                vietnamese++;
            } else {
                other++;
            }
        }
        return vietnamese > 0 && vietnamese >= other / 2;
    }

    private static boolean isAsciiLetterOrVietnameseVowel(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
                || b == 0xE2 || b == 0xC2 || b == 0xEA || b == 0xCA || b == 0xF4 || b == 0xD4
                || b == 0xE3 || b == 0xC3 || b == 0xF5 || b == 0xD5 || b == 0xFD || b == 0xDD;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
