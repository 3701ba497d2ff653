package vn.cchcdesk.report.xlsx;

import vn.cchcdesk.report.TimesMetrics;

/**
 * Estimates how many lines a wrapped text takes in a cell, so rows get their height when the file
 * is written: Excel does not grow rows for merged cells, and a height known in advance prints the
 * same in Excel and LibreOffice. The widths are Times New Roman's own advances (a digit is 0.5 em,
 * the unit of Excel's column widths); words wrap at spaces, as Excel wraps them.
 */
final class TextHeights {

    /** Points per line of Times New Roman: 1.15 × size, as Excel lays out wrapped text. */
    static final double LINE_FACTOR = 1.15;
    /** Space above and below the text inside a cell, in points. */
    static final double PADDING_POINTS = 3.5;

    private TextHeights() {
    }

    /**
     * Lines a text needs in a cell.
     *
     * @param columnChars the cell's width in Excel character units (merged cells: the sum)
     * @param size        font size in points
     */
    static int lines(String text, double columnChars, int size, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // a column of w characters holds w digits of the default font (0.5 em at BODY_SIZE), less the cell padding
        double available = Math.max(1, (columnChars - 0.7) * 0.5 * XlsxStyles.BODY_SIZE / size);
        // no character is wider than 1 em: a text of fewer characters than that fits on one line
        if (text.length() <= available && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines += paragraphLines(text.substring(start, end), available, bold);
            start = end + 1;
        }
        return Math.max(1, lines);
    }

    /** Row height in points for this many lines of a font size. */
    static float height(int lines, int size) {
        return (float) (Math.ceil((lines * size * LINE_FACTOR + PADDING_POINTS) * 4) / 4);
    }

    /** Greedy wrapping at spaces, as Excel wraps; measured character by character, without splitting. */
    private static int paragraphLines(String paragraph, double available, boolean bold) {
        double space = TimesMetrics.width(" ", bold);
        int lines = 1;
        double used = 0;
        int start = 0;
        for (int i = 0; i <= paragraph.length(); i++) {
            if (i < paragraph.length() && paragraph.charAt(i) != ' ') {
                continue;
            }
            double width = TimesMetrics.width(paragraph, start, i, bold);
            start = i + 1;
            double gap = used == 0 ? 0 : space;
            if (used + gap + width <= available) {
                used += gap + width;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            // a word longer than the line (an address) breaks where the line ends in Excel, but at
            // its slashes and dots in LibreOffice, which takes up to a line more
            if (width > available) {
                lines++;
            }
            while (width > available) {
                lines++;
                width -= available;
            }
            used = width;
        }
        return lines;
    }

    static double width(String text) {
        return TimesMetrics.width(text, false);
    }

    static double width(String text, boolean bold) {
        return TimesMetrics.width(text, bold);
    }
}
