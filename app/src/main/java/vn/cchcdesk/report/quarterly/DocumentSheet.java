package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.quarterly.LineTexts.copies;
import static vn.cchcdesk.report.quarterly.LineTexts.number;
import static vn.cchcdesk.report.quarterly.LineTexts.progress;

import vn.cchcdesk.domain.report.DocumentLine;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * Biểu 4 — văn bản: the directives received in the period (register of incoming documents:
 * arrival number and date, author, number and symbol, date, type and summary, handler, progress)
 * and the documents issued (register of outgoing ones: number and symbol, date, type and
 * summary, signer, recipients, copies), under one header whose columns serve both.
 */
final class DocumentSheet {

    private static final int COLUMNS = 10;

    private DocumentSheet() {
    }

    static void write(XlsxBook book, QuarterlyReport report) {
        XlsxSheet sheet = book.streamingSheet(Messages.get("reports.b4.sheet"), Page.LANDSCAPE)
                .columns(5, 7, 11, 15, 11, 40, 24, 18, 13, 14);
        XlsxStyles s = sheet.styles();
        SheetFrame.top(sheet, report, 4, 4, Messages.get("reports.b4.title", PeriodTexts.title(report.windows().period())));
        sheet.tableHeader(new String[] {Messages.get("reports.col.stt"), Messages.get("reports.b4.col.arrivalNumber"),
                Messages.get("reports.b4.col.arrivalDate"), Messages.get("reports.b4.col.number"), Messages.get("reports.b4.col.date"),
                Messages.get("reports.b4.col.summary"), Messages.get("reports.b4.col.party"), Messages.get("reports.b4.col.person"),
                Messages.get("reports.b4.col.progress"), Messages.get("reports.col.note")});
        sheet.columnNumbers("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)");

        section(sheet, "A", Messages.get("reports.b4.received", report.received().size()));
        int stt = 1;
        for (DocumentLine d : report.received()) {
            XlsxRow row = sheet.row().text(String.valueOf(stt++), s.centre());
            if (d.arrivalNumber() == null) {
                row.text("", s.centre());
            } else {
                row.text(String.valueOf(d.arrivalNumber()), s.centre());
            }
            row.date(d.arrivalDate()).text(number(d), s.centre()).text(d.ref().issueDate().format(), s.centre())
                    .text(DocumentTexts.typeAndSummary(d.ref()), s.text()).text(orEmpty(d.ref().issuer()), s.text())
                    .text(orEmpty(d.handler()), s.text()).text(progress(d), s.centre()).text(orEmpty(d.notes()), s.text());
        }
        if (report.received().isEmpty()) {
            none(sheet);
        }
        section(sheet, "B", Messages.get("reports.b4.issued", report.issued().size()));
        stt = 1;
        for (DocumentLine d : report.issued()) {
            sheet.row().text(String.valueOf(stt++), s.centre()).text("", s.centre()).text("", s.centre())
                    .text(number(d), s.centre()).text(d.ref().issueDate().format(), s.centre())
                    .text(DocumentTexts.typeAndSummary(d.ref()), s.text()).text(String.join("; ", d.recipients()), s.text())
                    .text(orEmpty(d.signerName()), s.text()).text(copies(d), s.centre()).text(orEmpty(d.notes()), s.text());
        }
        if (report.issued().isEmpty()) {
            none(sheet);
        }
        sheet.skip(1);
        sheet.line(Messages.get("reports.b4.legend"), s.note());
        SheetFrame.bottom(sheet, report, 5);
    }

    private static void section(XlsxSheet sheet, String letter, String title) {
        XlsxStyles s = sheet.styles();
        sheet.row().text(letter, s.centreBold()).span(title, s.textBold(), COLUMNS - 1);
    }

    private static void none(XlsxSheet sheet) {
        XlsxStyles s = sheet.styles();
        sheet.row().text("", s.centre()).span(Messages.get("reports.b4.none"), s.textItalic(), COLUMNS - 1);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
