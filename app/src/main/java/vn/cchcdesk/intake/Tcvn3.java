package vn.cchcdesk.intake;

import java.text.Normalizer;

/**
 * TCVN3 (TCVN 5712:1993 "ABC", the .VnTime fonts): how Vietnamese offices typed before Unicode,
 * and how old files and some templates still come. One byte per toned letter; the capitals with
 * tones have no code of their own: the .VnTimeH font draws the small letters' codes as capitals,
 * so a toned letter among capitals is read as a capital.
 */
final class Tcvn3 {

    /** Byte (hex) and letter: the codes 0xA1..0xFE TCVN3 gives letters; the rest read as Latin-1. */
    static final String PAIRS = "A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ "
            + "C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị DFò E1ỏ E2õ E3ó "
            + "E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ EFù F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ FDý FEỵ";
    private static final char[] LETTERS = new char[256];

    static {
        for (String pair : PAIRS.split(" ")) {
            LETTERS[Integer.parseInt(pair.substring(0, 2), 16)] = pair.charAt(2);
        }
    }

    /** Words of nearly every Vietnamese directive, none of them spelt the same in windows-1258 or -1252. */
    private static final String[] COMMON = {"của", "các", "và", "được", "công", "thông", "về", "năm", "ngày", "những",
        "thực", "hiện", "tuyên", "truyền", "cải", "cách", "hành", "chính", "xã", "tỉnh", "quyết", "định"};

    private Tcvn3() {
    }

    /** True when the bytes read as TCVN3 hold at least three of the commonest words. */
    static boolean looksLike(byte[] bytes) {
        String text = decode(bytes).toLowerCase(java.util.Locale.ROOT);
        int found = 0;
        for (String word : COMMON) {
            if (text.contains(word) && ++found >= 3) {
                return true;
            }
        }
        return false;
    }

    static String decode(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            char letter = LETTERS[b];
            chars[i] = letter != '\0' ? letter : (char) b;
        }
        for (int i = 0; i < chars.length; i++) {
            int b = bytes[i] & 0xFF;
            if (LETTERS[b] != '\0' && Character.isLowerCase(chars[i]) && amongCapitals(chars, i)) {
                chars[i] = Character.toUpperCase(chars[i]);
            }
        }
        return Normalizer.normalize(new String(chars), Normalizer.Form.NFC);
    }

    /**
     * A toned letter typed in .VnTimeH: the other letters of its word are capitals, two at least
     * ("ĐỊNH"; "Xã", "Sở" stay as they are), or its line is a heading of capitals only ("ỦY BAN
     * NHÂN DÂN", "XÃ ĐỊNH TÂN"; not "Số: 12/UBND-VHXH", whose number makes it no heading).
     */
    private static boolean amongCapitals(char[] chars, int at) {
        return allCapitals(chars, at, ' ', 2) || (allCapitals(chars, at, '\n', 2) && heading(chars, at));
    }

    private static boolean heading(char[] chars, int at) {
        for (int step : new int[] {-1, 1}) {
            for (int i = at + step; i >= 0 && i < chars.length && chars[i] != '\n'; i += step) {
                if (chars[i] == ':' || chars[i] == '/' || Character.isDigit(chars[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ASCII letters around, up to the separator either side, are capitals and at least min of them. */
    private static boolean allCapitals(char[] chars, int at, char separator, int min) {
        int capitals = 0;
        for (int step : new int[] {-1, 1}) {
            for (int i = at + step; i >= 0 && i < chars.length && chars[i] != separator && chars[i] != '\n'; i += step) {
                char c = chars[i];
                if (c < 0x80 && Character.isLowerCase(c)) {
                    return false;
                }
                if (c < 0x80 && Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return capitals >= min;
    }
}
