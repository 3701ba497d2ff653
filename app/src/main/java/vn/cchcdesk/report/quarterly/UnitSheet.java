package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.xlsx.XlsxSheet.range;

import java.util.List;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.UnitFigures;
import vn.cchcdesk.i18n.Messages;
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
        UnitColumns layout = UnitColumns.of(report);
        List<FormFigures> forms = layout.forms();
        int columns = layout.count();
        XlsxSheet sheet = book.streamingSheet(Messages.get("reports.b2.sheet"), Page.LANDSCAPE).columns(layout.widths());
        XlsxStyles s = sheet.styles();
        SheetFrame.top(sheet, report, 4, 2, Messages.get("reports.b2.title", PeriodTexts.title(report.windows().period())));

        int first = sheet.tableHeader(layout.top(), layout.names());
        sheet.columnNumbers(layout.numbers());
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
