package vn.cchcdesk.ui.print;

import java.util.List;
import javafx.print.PageRange;
import javafx.scene.Node;
import vn.cchcdesk.report.print.PageSetup;

/**
 * A print job whose print dialog has been confirmed: what sending the pages needs of
 * {@link javafx.print.PrinterJob}, so that tests can stand in for a printer (Monocle has none).
 * {@link #printerName()} and {@link #pageRanges()} are read on the FX thread; the page calls come
 * from the background thread that sends the pages, one after another.
 */
interface PrintJob {

    /** The printer chosen in the dialog, for the status line. */
    String printerName();

    /** The pages chosen in the dialog (1-based ranges); empty for every page. */
    List<PageRange> pageRanges();

    /** Prints one page laid out on A4 in {@code setup}'s orientation; false when the printer refused it. */
    boolean printPage(PageSetup setup, Node page);

    /** Hands the pages printed to the spooler; false when it refused them. */
    boolean endJob();

    /** Drops the job: nothing of it is spooled. */
    void cancelJob();
}
