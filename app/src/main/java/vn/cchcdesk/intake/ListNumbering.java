package vn.cchcdesk.intake;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import vn.cchcdesk.domain.text.RomanNumerals;

/**
 * Word's automatic list numbers and bullets are not part of a paragraph's text; the parser needs
 * them ("1.", "2.1.", "a)", "-") to see items and headings, so they are written back in front.
 */
final class ListNumbering {

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /**
     * @param levelText Word's level text such as "%1." or "%1.%2." (null when unknown)
     * @return the marker followed by a space, or "" when the paragraph is not in a list
     */
    String next(BigInteger numId, BigInteger level, String format, String levelText) {
        if (numId == null || BigInteger.ZERO.equals(numId)) {
            return "";
        }
        int ilvl = level == null ? 0 : Math.min(Math.max(level.intValue(), 0), 8);
        if (format == null || format.equals("bullet")) {
            return "- ";
        }
        if (format.equals("none")) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[ilvl]++;
        for (int deeper = ilvl + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String pattern = levelText == null || levelText.isBlank() ? "%" + (ilvl + 1) + "." : levelText;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int lvl = pattern.charAt(++i) - '1';
                int value = lvl >= 0 && lvl < count.length ? Math.max(count[lvl], 1) : 1;
                out.append(lvl == ilvl ? format(value, format) : String.valueOf(value));
            } else {
                out.append(c);
            }
        }
        return out.toString().trim() + " ";
    }

    private static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letter(value).toLowerCase();
            case "upperLetter" -> letter(value);
            case "upperRoman" -> RomanNumerals.of(value);
            case "lowerRoman" -> RomanNumerals.of(value).toLowerCase();
            default -> String.valueOf(value);
        };
    }

    private static String letter(int value) {
        return String.valueOf((char) ('A' + (value - 1) % 26));
    }

}
