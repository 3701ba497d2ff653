package vn.cchcdesk.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.print.PageRange;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Progress;

/**
 * Sends the chosen pages to a print job, on a background thread. JavaFX allows it: "There is no
 * requirement to do printing on the FX application thread. A node may be prepared for printing on
 * any thread, the job may be invoked on any thread" ({@link javafx.print.PrinterJob}'s javadoc;
 * printPage "may be called from any thread"); the job lays the node out on the FX thread itself.
 * Each page's nodes are built here, fresh, and never put in a shown scene, so nothing the FX
 * thread draws is touched. A cancel is seen between pages: the page being sent is finished, then
 * the job is cancelled and nothing is spooled.
 */
final class PageSending {

    /** What came of a print. */
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    record Result(Outcome outcome, int pages, String printer) {
    }

    private PageSending() {
    }

    /** The sheets the dialog chose, in order (every sheet when it chose none); on the FX thread. */
    static List<PrintPreviewModel.Sheet> chosen(List<PageRange> ranges, PrintPreviewModel model) {
        List<Integer> indexes = new ArrayList<>();
        if (ranges.isEmpty()) {
            indexes.addAll(model.range(1, model.pageCount()));
        }
        for (PageRange range : ranges) {
            indexes.addAll(model.range(range.getStartPage(), range.getEndPage()));
        }
        return indexes.stream().map(model.sheets()::get).toList();
    }

    /** Prints {@code sheets} one by one, saying "Đang in trang 3/40…", and ends the job; off the FX thread. */
    static Result send(PrintJob job, List<PrintPreviewModel.Sheet> sheets, Progress progress) {
        String printer = job.printerName();
        int printed = 0;
        try {
            for (PrintPreviewModel.Sheet sheet : sheets) {
                if (progress.isCancelled()) {
                    job.cancelJob();
                    return new Result(Outcome.CANCELLED, printed, printer);
                }
                progress.message(Messages.get("print.preview.sending", printed + 1, sheets.size()));
                progress.update(printed, sheets.size());
                if (!job.printPage(sheet.setup(), PageNodes.render(sheet.page(), sheet.setup()))) {
                    job.cancelJob();
                    return new Result(Outcome.FAILED, printed, printer);
                }
                printed++;
            }
        } catch (RuntimeException e) {
            job.cancelJob();
            throw e;
        }
        progress.update(printed, sheets.size());
        // cancelled during the last page: still nothing spooled
        if (progress.isCancelled()) {
            job.cancelJob();
            return new Result(Outcome.CANCELLED, printed, printer);
        }
        return new Result(job.endJob() ? Outcome.PRINTED : Outcome.FAILED, printed, printer);
    }
}
