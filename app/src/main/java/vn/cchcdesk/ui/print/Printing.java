package vn.cchcdesk.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.print.JobSettings;
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
 * Sends the preview's pages to a printer with JavaFX printing: the system's print dialog (printer,
 * copies, pages), then each page on A4 in its orientation, drawn from the paper's corner (the
 * page nodes carry their own margins, so the printer's hardware margins are taken back out).
 */
final class Printing {

    /** What came of a print. */
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    record Result(Outcome outcome, int pages, String printer) {
    }

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

    /** Shows the print dialog and prints the chosen pages; on the FX thread. */
    static Result print(Window owner, PrintPreviewModel model) {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            job = null;
        }
        if (job == null) {
            return new Result(Outcome.NO_PRINTER, 0, "");
        }
        job.getJobSettings().setJobName(model.name());
        job.getJobSettings().setPageRanges(new PageRange(1, model.pageCount()));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return new Result(Outcome.CANCELLED, 0, "");
        }
        return send(job, model);
    }

    /** Prints the pages the job's settings choose (all by default) and ends the job. */
    static Result send(PrinterJob job, PrintPreviewModel model) {
        Printer printer = job.getPrinter();
        int printed = 0;
        for (int index : chosen(job.getJobSettings(), model)) {
            PrintPreviewModel.Sheet sheet = model.sheets().get(index);
            PageOrientation orientation = sheet.setup().orientation() == PageSetup.Orientation.LANDSCAPE
                    ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
            PageLayout layout = printer.createPageLayout(Paper.A4, orientation, Printer.MarginType.HARDWARE_MINIMUM);
            Node node = PageNodes.render(sheet.page(), sheet.setup());
            node.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
            if (!job.printPage(layout, node)) {
                job.cancelJob();
                return new Result(Outcome.FAILED, printed, printer.getName());
            }
            printed++;
        }
        return job.endJob() ? new Result(Outcome.PRINTED, printed, printer.getName()) : new Result(Outcome.FAILED, printed, printer.getName());
    }

    private static List<Integer> chosen(JobSettings settings, PrintPreviewModel model) {
        PageRange[] ranges = settings.getPageRanges();
        if (ranges == null || ranges.length == 0) {
            return model.range(1, model.pageCount());
        }
        List<Integer> pages = new ArrayList<>();
        for (PageRange range : ranges) {
            pages.addAll(model.range(range.getStartPage(), range.getEndPage()));
        }
        return pages;
    }
}
