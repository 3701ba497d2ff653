package vn.cchcdesk.report.print;

/**
 * A line of a block outside the table. An empty text keeps a line's height (room to sign).
 *
 * @param rule the share of the text's width drawn as a line under it: 1 under the motto, about
 *             a third under the issuing body (Nghị định 30), 0 for none
 */
public record BlockLine(String text, TextStyle style, double rule) {

    public BlockLine {
        text = text == null ? "" : text;
    }

    public static BlockLine of(String text, TextStyle style) {
        return new BlockLine(text, style, 0);
    }

    public static BlockLine blank() {
        return new BlockLine("", TextStyle.plain(), 0);
    }
}
