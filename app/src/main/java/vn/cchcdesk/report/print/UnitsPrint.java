package vn.cchcdesk.report.print;

import static vn.cchcdesk.report.print.PrintTable.LEFT;
import static vn.cchcdesk.report.print.PrintTable.UP;
import static vn.cchcdesk.report.print.PrintTable.cell;
import static vn.cchcdesk.report.print.QuarterlyPrint.NUMBER;
import static vn.cchcdesk.report.print.QuarterlyPrint.integerOrBlank;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.PeriodTexts;

/**
 * Biểu 2 — theo đơn vị, as UnitSheet writes it: units down, forms across under their group
 * (a two-level header), the activities, participants and the day each unit sent its figures,
 * then the totals.
 */
final class UnitsPrint {

    private UnitsPrint() {
    }

    static PrintDocument of(QuarterlyReport report) {
        List<FormFigures> forms = new ArrayList<>(report.summary().forms(FormGroup.ONLINE));
        int online = forms.size();
        forms.addAll(report.summary().forms(FormGroup.TRADITIONAL));
        int columns = 2 + forms.size() + 3;
        PrintTable.Builder table = PrintTable.builder().column(5, TextStyle.centre()).column(32, TextStyle.plain());
        forms.forEach(f -> table.column(9.5, NUMBER));
        table.column(9.5, NUMBER).column(10, NUMBER).column(11, TextStyle.centre());

        String[] top = new String[columns];
        String[] names = new String[columns];
        top[0] = Messages.get("reports.col.stt");
        top[1] = Messages.get("reports.b2.col.unit");
        names[0] = UP;
        names[1] = UP;
        for (int i = 0; i < forms.size(); i++) {
            FormFigures form = forms.get(i);
            boolean firstOfGroup = i == 0 || i == online;
            top[2 + i] = firstOfGroup ? Labels.of("reports.b1.group", form.group()) : LEFT;
            names[2 + i] = Messages.get("reports.b2.col.form", form.name(), form.measureUnit());
        }
        top[columns - 3] = Messages.get("reports.b2.col.activities");
        top[columns - 2] = Messages.get("reports.b2.col.participants");
        top[columns - 1] = Messages.get("reports.b2.col.submitted");
        names[columns - 3] = UP;
        names[columns - 2] = UP;
        names[columns - 1] = UP;
        table.header(top).header(names);
        String[] numbers = new String[columns];
        numbers[0] = "A";
        numbers[1] = "B";
        for (int c = 2; c < columns; c++) {
            numbers[c] = "(" + (c - 1) + ")";
        }
        table.columnNumbers(numbers);

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
