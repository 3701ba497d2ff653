package vn.cchcdesk.ui.print;

/** What the UI tests outside this package ask of it. */
public final class PrintPreviewTestAccess {

    private PrintPreviewTestAccess() {
    }

    public static boolean printerFound() {
        return Printing.printerFound();
    }
}
