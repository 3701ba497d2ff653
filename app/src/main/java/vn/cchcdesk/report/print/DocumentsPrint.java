package vn.cchcdesk.report.print;

import static vn.cchcdesk.report.print.PrintTable.cell;
import static vn.cchcdesk.report.print.PrintTable.span;
import static vn.cchcdesk.report.quarterly.LineTexts.copies;
import static vn.cchcdesk.report.quarterly.LineTexts.number;
import static vn.cchcdesk.report.quarterly.LineTexts.progress;

import java.util.List;
import vn.cchcdesk.domain.report.DocumentLine;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.PeriodTexts;

/**
 * Biểu 4 — văn bản, as DocumentSheet writes it: the directives received (A) and the documents
 * issued (B) under one header whose columns serve both, then the legend.
 */
final class DocumentsPrint {

    private static final int COLUMNS = 10;

    private DocumentsPrint() {
    }

    static PrintDocument of(QuarterlyReport report) {
        TextStyle plain = TextStyle.plain();
        TextStyle centre = TextStyle.centre();
        PrintTable.Builder table = PrintTable.builder().column(5, centre).column(7, centre).column(11, centre).column(15, centre)
                .column(11, centre).column(40, plain).column(24, plain).column(18, plain).column(13, centre).column(14, plain);
        table.header(Messages.get("reports.col.stt"), Messages.get("reports.b4.col.arrivalNumber"),
                Messages.get("reports.b4.col.arrivalDate"), Messages.get("reports.b4.col.number"), Messages.get("reports.b4.col.date"),
                Messages.get("reports.b4.col.summary"), Messages.get("reports.b4.col.party"), Messages.get("reports.b4.col.person"),
                Messages.get("reports.b4.col.progress"), Messages.get("reports.col.note"));
        table.numberedColumns();

        section(table, "A", Messages.get("reports.b4.received", report.received().size()));
        int stt = 1;
        for (DocumentLine d : report.received()) {
            table.row(String.valueOf(stt++), d.arrivalNumber() == null ? "" : String.valueOf(d.arrivalNumber()),
                    d.arrivalDate() == null ? "" : Formats.date(d.arrivalDate()), number(d), d.ref().issueDate().format(),
                    DocumentTexts.typeAndSummary(d.ref()), orEmpty(d.ref().issuer()), orEmpty(d.handler()), progress(d), orEmpty(d.notes()));
        }
        if (report.received().isEmpty()) {
            none(table);
        }
        section(table, "B", Messages.get("reports.b4.issued", report.issued().size()));
        stt = 1;
        for (DocumentLine d : report.issued()) {
            table.row(String.valueOf(stt++), "", "", number(d), d.ref().issueDate().format(), DocumentTexts.typeAndSummary(d.ref()),
                    String.join("; ", d.recipients()), orEmpty(d.signerName()), copies(d), orEmpty(d.notes()));
        }
        if (report.issued().isEmpty()) {
            none(table);
        }
        return new PrintDocument(QuarterlyPrint.name("reports.b4.sheet"), PageSetup.Orientation.LANDSCAPE,
                QuarterlyPrint.top(report, 4, Messages.get("reports.b4.title", PeriodTexts.title(report.windows().period()))),
                table.build(), QuarterlyPrint.bottom(report, PrintFrames.note(Messages.get("reports.b4.legend"), 8)));
    }

    private static void section(PrintTable.Builder table, String letter, String title) {
        table.row(List.of(cell(letter, TextStyle.centre().inBold()), span(title, COLUMNS - 1, TextStyle.plain().inBold())));
    }

    private static void none(PrintTable.Builder table) {
        table.row(List.of(cell(""), span(Messages.get("reports.b4.none"), COLUMNS - 1, TextStyle.plain().inItalic())));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
