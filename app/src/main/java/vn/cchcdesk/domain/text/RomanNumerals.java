package vn.cchcdesk.domain.text;

/** Roman numerals, as official documents number their sections (I, II…) and quarters (quý IV). */
public final class RomanNumerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    /** {@code n} in Roman numerals; empty for 0 and below, which they cannot write. */
    public static String of(int n) {
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }
}
