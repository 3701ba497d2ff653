package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.xlsx.XlsxSheet.LEFT;
import static vn.cchcdesk.report.xlsx.XlsxSheet.UP;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;

/**
 * Biểu 2's columns — STT, unit, one per form (online ones first, under their group's heading),
 * activities, participants, day sent — as the workbook and its printed pages both lay them out.
 */
public record UnitColumns(List<FormFigures> forms, String[] top, String[] names, String[] numbers, double[] widths) {

    public static UnitColumns of(QuarterlyReport report) {
        List<FormFigures> forms = new ArrayList<>(report.summary().forms(FormGroup.ONLINE));
        int online = forms.size();
        forms.addAll(report.summary().forms(FormGroup.TRADITIONAL));
        int columns = 2 + forms.size() + 3;
        String[] top = new String[columns];
        String[] names = new String[columns];
        String[] numbers = new String[columns];
        double[] widths = new double[columns];
        top[0] = Messages.get("reports.col.stt");
        top[1] = Messages.get("reports.b2.col.unit");
        names[0] = UP;
        names[1] = UP;
        widths[0] = 5;
        widths[1] = 32;
        for (int i = 0; i < forms.size(); i++) {
            FormFigures form = forms.get(i);
            boolean firstOfGroup = i == 0 || i == online;
            top[2 + i] = firstOfGroup ? Labels.of("reports.b1.group", form.group()) : LEFT;
            names[2 + i] = Messages.get("reports.b2.col.form", form.name(), form.measureUnit());
            widths[2 + i] = 9.5;
        }
        top[columns - 3] = Messages.get("reports.b2.col.activities");
        top[columns - 2] = Messages.get("reports.b2.col.participants");
        top[columns - 1] = Messages.get("reports.b2.col.submitted");
        for (int c = columns - 3; c < columns; c++) {
            names[c] = UP;
        }
        widths[columns - 3] = 9.5;
        widths[columns - 2] = 10;
        widths[columns - 1] = 11;
        numbers[0] = "A";
        numbers[1] = "B";
        for (int c = 2; c < columns; c++) {
            numbers[c] = "(" + (c - 1) + ")";
        }
        return new UnitColumns(List.copyOf(forms), top, names, numbers, widths);
    }

    public int count() {
        return top.length;
    }
}
