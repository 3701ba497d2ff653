package vn.cchcdesk.ui.print;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import vn.cchcdesk.report.print.PageSetup;

/**
 * The computer's printers through JavaFX printing: the system's print dialog (printer, copies,
 * pages), then each page on A4 in its orientation, drawn from the paper's corner (the page nodes
 * carry their own margins, so the printer's hardware margins are taken back out).
 */
final class Printing implements Printers {

    static final Printing SYSTEM = new Printing();

    private Printing() {
    }

    /** True when the computer has a printer (a PDF printer counts). Never throws: a broken print service is no printer. */
    static boolean printerFound() {
        try {
            return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public boolean found() {
        return printerFound();
    }

    @Override
    public Choice choose(Window owner, String jobName, int pageCount) {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            job = null;
        }
        if (job == null) {
            return Choice.none(PageSending.Outcome.NO_PRINTER);
        }
        job.getJobSettings().setJobName(jobName);
        job.getJobSettings().setPageRanges(new PageRange(1, pageCount));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Choice.none(PageSending.Outcome.CANCELLED);
        }
        return Choice.of(new FxJob(job));
    }

    /** A {@link PrinterJob} after its dialog; the printer and pages chosen are read on the FX thread, when it is made. */
    private static final class FxJob implements PrintJob {

        private final PrinterJob job;
        private final Printer printer;
        private final List<PageRange> ranges;

        FxJob(PrinterJob job) {
            this.job = job;
            this.printer = job.getPrinter();
            PageRange[] chosen = job.getJobSettings().getPageRanges();
            this.ranges = chosen == null ? List.of() : List.of(chosen);
        }

        @Override
        public String printerName() {
            return printer.getName();
        }

        @Override
        public List<PageRange> pageRanges() {
            return ranges;
        }

        @Override
        public boolean printPage(PageSetup setup, Node page) {
            PageOrientation orientation = setup.orientation() == PageSetup.Orientation.LANDSCAPE
                    ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
            PageLayout layout = printer.createPageLayout(Paper.A4, orientation, Printer.MarginType.HARDWARE_MINIMUM);
            page.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
            return job.printPage(layout, page);
        }

        @Override
        public boolean endJob() {
            return job.endJob();
        }

        @Override
        public void cancelJob() {
            job.cancelJob();
        }
    }
}
