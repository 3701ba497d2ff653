package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.xlsx.XlsxSheet.range;

import java.util.concurrent.CancellationException;
import vn.cchcdesk.domain.report.ActivityLine;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.WriteProgress;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * Biểu 5 — chi tiết: every activity of the period, one row each, streamed from the database
 * cursor into a streaming sheet; totals are SUM formulas whose results are stored as counted
 * on the way.
 */
final class DetailSheet {

    static final int QUANTITY = 5;
    static final int MINUTES = 7;
    static final int PARTICIPANTS = 8;
    /** Progress is reported (and cancellation checked) every this many rows. */
    private static final int STEP = 1000;

    private DetailSheet() {
    }

    static void write(XlsxBook book, QuarterlyReport report, WriteProgress progress) {
        XlsxSheet sheet = book.streamingSheet(Messages.get("reports.b5.sheet"), Page.LANDSCAPE)
                .columns(6, 11, 24, 22, 40, 9, 11, 10, 10, 24, 16);
        XlsxStyles s = sheet.styles();
        SheetFrame.top(sheet, report, 4, 5, Messages.get("reports.b5.title", PeriodTexts.title(report.windows().period())));
        sheet.tableHeader(new String[] {Messages.get("reports.col.stt"), Messages.get("reports.b5.col.date"),
                Messages.get("reports.b5.col.unit"), Messages.get("reports.b5.col.form"), Messages.get("reports.b5.col.title"),
                Messages.get("reports.b5.col.quantity"), Messages.get("reports.b5.col.measure"), Messages.get("reports.b5.col.minutes"),
                Messages.get("reports.b5.col.participants"), Messages.get("reports.b5.col.link"), Messages.get("reports.col.note")});
        sheet.columnNumbers("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)");
        sheet.freezeHeader();
        int first = sheet.nextRow();
        long total = report.activityCount();
        long[] sums = new long[3];
        long[] written = {0};
        report.details().forEach(a -> {
            row(sheet, s, ++written[0], a);
            sums[0] += a.quantity();
            sums[1] += a.minutes() == null ? 0 : a.minutes();
            sums[2] += a.participants() == null ? 0 : a.participants();
            if (written[0] % STEP == 0) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.update(written[0], total);
            }
        });
        progress.update(written[0], Math.max(total, written[0]));
        int last = sheet.nextRow() - 1;
        XlsxRow sum = sheet.row().text("", s.centreBold()).span(Messages.get("reports.b5.total", Formats.integer(written[0])), s.textBold(), 4);
        if (written[0] == 0) {
            sum.integer(0, s.integerBold()).text("", s.centre()).integer(0, s.integerBold()).integer(0, s.integerBold());
        } else {
            sum.formula("SUM(" + range(first, last, QUANTITY) + ")", sums[0], s.integerBold()).text("", s.centre())
                    .formula("SUM(" + range(first, last, MINUTES) + ")", sums[1], s.integerBold())
                    .formula("SUM(" + range(first, last, PARTICIPANTS) + ")", sums[2], s.integerBold());
        }
        sum.blankToEnd(s.text());
        SheetFrame.bottom(sheet, report, 5);
    }

    private static void row(XlsxSheet sheet, XlsxStyles s, long stt, ActivityLine a) {
        sheet.row().integer(stt, s.centre()).date(a.date()).text(a.unit(), s.text()).text(a.form(), s.text())
                .text(a.title(), s.text()).integer(a.quantity()).text(a.measureUnit(), s.centre())
                .integer(a.minutes() == null ? null : a.minutes().longValue(), s.integer())
                .integer(a.participants() == null ? null : a.participants().longValue(), s.integer())
                .text(a.link() == null ? "" : a.link(), s.text()).text(a.notes() == null ? "" : a.notes(), s.text());
    }
}
