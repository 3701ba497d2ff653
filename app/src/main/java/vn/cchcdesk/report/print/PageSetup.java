package vn.cchcdesk.report.print;

/**
 * An A4 sheet in points (1/72 inch) with the margins of Nghị định 30 for what the app prints
 * (DOMAIN.md §2: top and bottom 20 mm, left 30 mm, right 15 mm, the same as the workbooks'
 * {@code report.xlsx.Page}); the page number sits in the bottom margin, 8 mm from the edge.
 */
public record PageSetup(Orientation orientation, double width, double height, double top, double bottom, double left,
                        double right, double footer) {

    public enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    public static final double POINTS_PER_MM = 72 / 25.4;
    private static final double A4_SHORT = 210 * POINTS_PER_MM;
    private static final double A4_LONG = 297 * POINTS_PER_MM;

    public static PageSetup a4(Orientation orientation) {
        boolean landscape = orientation == Orientation.LANDSCAPE;
        return new PageSetup(orientation, landscape ? A4_LONG : A4_SHORT, landscape ? A4_SHORT : A4_LONG,
                20 * POINTS_PER_MM, 20 * POINTS_PER_MM, 30 * POINTS_PER_MM, 15 * POINTS_PER_MM, 8 * POINTS_PER_MM);
    }

    /** Width between the left and right margins. */
    public double contentWidth() {
        return width - left - right;
    }

    public double contentBottom() {
        return height - bottom;
    }

    public double contentHeight() {
        return height - top - bottom;
    }
}
