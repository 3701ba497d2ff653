package vn.cchcdesk.report.print;

/**
 * How a piece of printed text looks: Times New Roman at a size in points, bold or italic, aligned,
 * and indented (in steps of about 1 em, as a cell's indent in Excel).
 */
public record TextStyle(double size, boolean bold, boolean italic, Align align, int indent) {

    /** Body text of tables and blocks, as the workbooks print it. */
    public static final double BODY = 12;
    /** Titles of forms and registers. */
    public static final double TITLE = 14;

    public static TextStyle plain() {
        return new TextStyle(BODY, false, false, Align.LEFT, 0);
    }

    public static TextStyle centre() {
        return plain().aligned(Align.CENTRE);
    }

    public TextStyle aligned(Align to) {
        return new TextStyle(size, bold, italic, to, indent);
    }

    public TextStyle inBold() {
        return new TextStyle(size, true, italic, align, indent);
    }

    public TextStyle inItalic() {
        return new TextStyle(size, bold, true, align, indent);
    }

    public TextStyle sized(double points) {
        return new TextStyle(points, bold, italic, align, indent);
    }

    public TextStyle indented(int steps) {
        return new TextStyle(size, bold, italic, align, steps);
    }

    /** The same style at {@code factor} times the size (a table fitted to the page width). */
    public TextStyle scaled(double factor) {
        return new TextStyle(size * factor, bold, italic, align, indent);
    }
}
