package vn.cchcdesk.report;

import java.text.Normalizer;

/**
 * How wide text is in Times New Roman, from the advance widths of its metric twin Liberation
 * Serif: for row heights in workbooks and the lines drawn under headings in Word documents.
 */
public final class TimesMetrics {

    private TimesMetrics() {
    }

    /** Width in em of a text in Times New Roman (advances of its metric twin Liberation Serif). */
    public static double width(String text, boolean bold) {
        return width(text, 0, text.length(), bold);
    }

    /** Width in em of the characters from start (included) to end (excluded). */
    public static double width(CharSequence text, int start, int end, boolean bold) {
        int[] table = bold ? BOLD_BMP : REGULAR_BMP;
        int sum = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            sum += c < table.length ? table[c] : 1000;
        }
        return sum / 1000.0;
    }

    /** Advance of one character, 1/1000 em: the table for ASCII, Vietnamese letters as their base letter. */
    private static int advance(char c, int[] ascii) {
        if (c >= 32 && c < 127) {
            return ascii[c - 32];
        }
        boolean bold = ascii == BOLD;
        switch (c) {
            case 'ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ':
                return bold ? 554 : 529;
            case 'ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự':
                return bold ? 600 : 542;
            case 'Ơ', 'Ờ', 'Ớ', 'Ở', 'Ỡ', 'Ợ':
                return bold ? 778 : 722;
            case 'Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự':
                return bold ? 796 : 776;
            case 'đ':
                return ascii['d' - 32];
            case 'Đ':
                return ascii['D' - 32];
            case '…', '—':
                return 1000;
            case '–':
                return 500;
            default:
                break;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        // other Vietnamese letters are a base letter with marks above or below, as wide as the letter
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return base >= 32 && base < 127 ? ascii[base - 32] : 500;
    }

    private static int[] table(int[] ascii) {
        // every letter Vietnamese uses lies below U+2000; worked out once rather than per character
        int[] table = new int[0x2000];
        for (char c = 0; c < table.length; c++) {
            table[c] = c < 32 ? 0 : advance(c, ascii);
        }
        return table;
    }

    /** Advance widths (1/1000 em) of the printable ASCII characters 32..126, regular and bold. */
    private static final int[] REGULAR = {
            250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
            500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
            921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
            556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
            333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
            500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};
    private static final int[] BOLD = {
            250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
            500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
            930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
            611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
            333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
            556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520};

    private static final int[] REGULAR_BMP = table(REGULAR);
    private static final int[] BOLD_BMP = table(BOLD);
}
