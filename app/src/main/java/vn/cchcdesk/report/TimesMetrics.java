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
        int[] table = bold ? BOLD : REGULAR;
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += width(text.charAt(i), table) / 1000.0;
        }
        return em;
    }

    private static int width(char c, int[] table) {
        if (c >= 32 && c < 127) {
            return table[c - 32];
        }
        switch (c) {
            case 'ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ':
                return table == BOLD ? 554 : 529;
            case 'ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự':
                return table == BOLD ? 600 : 542;
            case 'đ':
                return table['d' - 32];
            case 'Đ':
                return table['D' - 32];
            case '…':
                return 1000;
            default:
                break;
        }
        // other Vietnamese letters are a base letter with marks above or below, as wide as the letter
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        if (first >= 32 && first < 127) {
            return width(first, table);
        }
        if (first == 'ơ' || first == 'ư' || first == 'Ơ' || first == 'Ư') {
            return width(first, table);
        }
        return 500;
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
}
