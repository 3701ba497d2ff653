package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.xlsx.XlsxSheet.LEFT;
import static vn.cchcdesk.report.xlsx.XlsxSheet.UP;
import static vn.cchcdesk.report.xlsx.XlsxSheet.range;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * Biểu 2 — theo đơn vị: units down, forms across (online forms, then traditional ones, each
 * headed by its unit of measure), the activities and participants of each unit, and the day it
 * sent its figures. Empty cells for nothing done; totals are SUM formulas.
 */
final class UnitSheet {

    private UnitSheet() {
    }

    static void write(XlsxBook book, QuarterlyReport report) {
        List<FormFigures> forms = new ArrayList<>(report.summary().forms(FormGroup.ONLINE));
        int online = forms.size();
        forms.addAll(report.summary().forms(FormGroup.TRADITIONAL));
        int columns = 2 + forms.size() + 3;
        double[] widths = new double[columns];
        widths[0] = 5;
        widths[1] = 32;
        for (int i = 0; i < forms.size(); i++) {
            widths[2 + i] = 9.5;
        }
        widths[columns - 3] = 9.5;
        widths[columns - 2] = 10;
        widths[columns - 1] = 11;
        XlsxSheet sheet = book.streamingSheet(Messages.get("reports.b2.sheet"), Page.LANDSCAPE).columns(widths);
        XlsxStyles s = sheet.styles();
        SheetFrame.top(sheet, report, 4, 2, Messages.get("reports.b2.title", PeriodTexts.title(report.windows().period())));

        String[] top = new String[columns];
        String[] names = new String[columns];
        top[0] = Messages.get("reports.col.stt");
        top[1] = Messages.get("reports.b2.col.unit");
        names[0] = UP;
        names[1] = UP;
        for (int i = 0; i < forms.size(); i++) {
            FormFigures form = forms.get(i);
            boolean firstOfGroup = i == 0 || i == online;
            top[2 + i] = !firstOfGroup ? LEFT : Labels.of("reports.b1.group", form.group());
            names[2 + i] = Messages.get("reports.b2.col.form", form.name(), form.measureUnit());
        }
        top[columns - 3] = Messages.get("reports.b2.col.activities");
        top[columns - 2] = Messages.get("reports.b2.col.participants");
        top[columns - 1] = Messages.get("reports.b2.col.submitted");
        names[columns - 3] = UP;
        names[columns - 2] = UP;
        names[columns - 1] = UP;
        int first = sheet.tableHeader(top, names);
        String[] numbers = new String[columns];
        numbers[0] = "A";
        numbers[1] = "B";
        for (int c = 2; c < columns; c++) {
            numbers[c] = "(" + (c - 1) + ")";
        }
        sheet.columnNumbers(numbers);
        first = sheet.nextRow();

        int stt = 1;
        // a streaming sheet stores the totals' results as they are added up here
        long[] sums = new long[columns];
        int submitted = 0;
        for (UnitFigures unit : report.units()) {
            XlsxRow row = sheet.row().text(String.valueOf(stt++), s.centre()).text(unit.name(), s.text());
            for (int i = 0; i < forms.size(); i++) {
                long quantity = unit.quantity(forms.get(i).formId());
                sums[2 + i] += quantity;
                row.integerOrBlank(quantity, s.integer());
            }
            sums[columns - 3] += unit.activities();
            sums[columns - 2] += unit.participants();
            submitted += unit.submittedOn() == null ? 0 : 1;
            row.integerOrBlank(unit.activities(), s.integer()).integerOrBlank(unit.participants(), s.integer())
                    .date(unit.submittedOn());
        }
        int last = sheet.nextRow() - 1;
        XlsxRow total = sheet.row().text("", s.centreBold()).text(Messages.get("reports.total"), s.textBold());
        for (int c = 2; c < columns - 1; c++) {
            if (last >= first) {
                total.formula("SUM(" + range(first, last, c) + ")", sums[c], s.integerBold());
            } else {
                total.integer(0, s.integerBold());
            }
        }
        // how many units have sent their figures, out of how many
        int units = last - first + 1;
        if (last >= first) {
            total.formula("COUNT(" + range(first, last, columns - 1) + ")&\"/" + units + "\"", submitted + "/" + units, s.centreBold());
        } else {
            total.text("0/0", s.centreBold());
        }
        SheetFrame.bottom(sheet, report, Math.max(2, columns - 5));
    }
}
