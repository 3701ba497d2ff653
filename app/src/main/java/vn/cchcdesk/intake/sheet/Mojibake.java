package vn.cchcdesk.intake.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 once, read as Windows-1252 and saved again: "PhÃ²ng VÄƒn hÃ³a"
 * back to "Phòng Văn hóa". Such text consists only of characters Windows-1252 (or Latin-1) can
 * write; written back as those bytes it forms valid UTF-8. Real Vietnamese text fails the first
 * test (ạ, ư, ơ are not in 1252), Western text the second (é alone is no UTF-8 sequence).
 */
final class Mojibake {

    private Mojibake() {
    }

    /** The repaired text, or the text itself when it is not mojibake. */
    static String repair(String text) {
        if (text == null || !suspicious(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int b = windows1252Byte(text.charAt(i));
            if (b < 0) {
                return text;
            }
            bytes[i] = (byte) b;
        }
        try {
            String repaired = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return repaired.equals(text) ? text : repaired;
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** The lead bytes of Vietnamese letters in UTF-8 read as 1252: Ã Ä Å Æ and "á" before º or ». */
    private static boolean suspicious(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Ã' || c == 'Ä' || c == 'Å' || c == 'Æ'
                    || (c == 'á' && i + 1 < text.length() && (text.charAt(i + 1) == 'º' || text.charAt(i + 1) == '»'))) {
                return true;
            }
        }
        return false;
    }

    private static int windows1252Byte(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 0xA0 && c <= 0xFF) {
            return c;
        }
        if (c >= 0x80 && c <= 0x9F) {
            // C1 controls: what Latin-1 readers make of 1252's unassigned bytes (Đ is C4 90)
            return c;
        }
        String high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
        int index = high.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
