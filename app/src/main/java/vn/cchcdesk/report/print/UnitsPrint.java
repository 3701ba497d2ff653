package vn.cchcdesk.report.print;

import static vn.cchcdesk.report.print.PrintTable.cell;
import static vn.cchcdesk.report.print.QuarterlyPrint.NUMBER;
import static vn.cchcdesk.report.print.QuarterlyPrint.integerOrBlank;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.quarterly.UnitColumns;

/**
 * Biểu 2 — theo đơn vị, as UnitSheet writes it: units down, forms across under their group
 * (a two-level header), the activities, participants and the day each unit sent its figures,
 * then the totals.
 */
final class UnitsPrint {

    private UnitsPrint() {
    }

    static PrintDocument of(QuarterlyReport report) {
        UnitColumns layout = UnitColumns.of(report);
        List<FormFigures> forms = layout.forms();
        int columns = layout.count();
        PrintTable.Builder table = PrintTable.builder();
        for (int c = 0; c < columns; c++) {
            TextStyle style = c == 1 ? TextStyle.plain() : c == 0 || c == columns - 1 ? TextStyle.centre() : NUMBER;
            table.column(layout.widths()[c], style);
        }
        table.header(layout.top()).header(layout.names());
        table.columnNumbers(layout.numbers());

        long[] sums = new long[columns];
        int submitted = 0;
        int stt = 1;
        for (UnitFigures unit : report.units()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(stt++), unit.name()));
            for (int i = 0; i < forms.size(); i++) {
                long quantity = unit.quantity(forms.get(i).formId());
                sums[2 + i] += quantity;
                row.add(integerOrBlank(quantity));
            }
            sums[columns - 3] += unit.activities();
            sums[columns - 2] += unit.participants();
            submitted += unit.submittedOn() == null ? 0 : 1;
            row.add(integerOrBlank(unit.activities()));
            row.add(integerOrBlank(unit.participants()));
            row.add(unit.submittedOn() == null ? "" : Formats.date(unit.submittedOn()));
            table.row(row.toArray(String[]::new));
        }
        List<PrintTable.Cell> total = new ArrayList<>(List.of(cell(""), cell(Messages.get("reports.total"), TextStyle.plain().inBold())));
        for (int c = 2; c < columns - 1; c++) {
            total.add(cell(Formats.integer(sums[c]), NUMBER.inBold()));
        }
        total.add(cell(submitted + "/" + report.units().size(), TextStyle.centre().inBold()));
        table.row(total);
        return new PrintDocument(QuarterlyPrint.name("reports.b2.sheet"), PageSetup.Orientation.LANDSCAPE,
                QuarterlyPrint.top(report, 2, Messages.get("reports.b2.title", PeriodTexts.title(report.windows().period()))),
                table.build(), QuarterlyPrint.bottom(report));
    }
}
