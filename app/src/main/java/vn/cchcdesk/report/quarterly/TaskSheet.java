package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.quarterly.LineTexts.deadline;
import static vn.cchcdesk.report.quarterly.LineTexts.result;
import static vn.cchcdesk.report.quarterly.LineTexts.units;
import static vn.cchcdesk.report.xlsx.XlsxSheet.range;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.TaskGroup;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.text.RomanNumerals;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * Biểu 3 — nhiệm vụ: each task followed in the period under its directive, with the units that
 * lead and support it, its deadline, where it stood at the cut-off and its result; then the
 * counts done / in progress / overdue as COUNTIF formulas over the status column.
 */
final class TaskSheet {

    static final int STATUS = 5;
    private static final int COLUMNS = 8;

    private TaskSheet() {
    }

    static void write(XlsxBook book, QuarterlyReport report) {
        XlsxSheet sheet = book.streamingSheet(Messages.get("reports.b3.sheet"), Page.LANDSCAPE).columns(5, 45, 22, 22, 15, 13, 30, 12);
        XlsxStyles s = sheet.styles();
        SheetFrame.top(sheet, report, 3, 3, Messages.get("reports.b3.title", PeriodTexts.title(report.windows().period())));
        sheet.tableHeader(new String[] {Messages.get("reports.col.stt"), Messages.get("reports.b3.col.task"),
                Messages.get("reports.b3.col.lead"), Messages.get("reports.b3.col.support"), Messages.get("reports.b3.col.due"),
                Messages.get("reports.b3.col.state"), Messages.get("reports.b3.col.result"), Messages.get("reports.col.note")});
        sheet.columnNumbers("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)");
        int first = sheet.nextRow();
        if (report.taskGroups().isEmpty()) {
            sheet.row().span(Messages.get("reports.b3.none"), s.textItalic(), COLUMNS);
        }
        int group = 1;
        for (TaskGroup g : report.taskGroups()) {
            sheet.row().text(RomanNumerals.of(group++), s.centreBold()).span(DocumentTexts.cite(g.directive()), s.textBold(), COLUMNS - 1);
            int stt = 1;
            for (TaskLine task : g.tasks()) {
                sheet.row().text(String.valueOf(stt++), s.centre()).text(task.text(), s.text())
                        .text(units(task.leads(), task.requested()), s.text()).text(String.join("; ", task.supports()), s.text())
                        .text(deadline(task), s.centre()).text(state(task.state()), s.centre())
                        .text(result(task), s.text()).text("", s.text());
            }
        }
        int last = sheet.nextRow() - 1;
        counts(sheet, first, last, report.tasks());
        SheetFrame.bottom(sheet, report, 4);
    }

    /** Total, done, in progress, overdue and the share done, counted from the status column. */
    private static void counts(XlsxSheet sheet, int first, int last, List<TaskLine> tasks) {
        XlsxStyles s = sheet.styles();
        String states = range(first, Math.max(first, last), STATUS);
        long done = tasks.stream().filter(t -> t.state() == TaskState.DONE).count();
        long overdue = tasks.stream().filter(t -> t.state() == TaskState.OVERDUE).count();
        // formulas over the status column; their results are counted here for the streaming sheet to store
        Object[][] rows = {
                {Messages.get("reports.b3.count.total"), "COUNTA(" + states + ")", (long) tasks.size()},
                {Messages.get("reports.b3.count.done"), countIf(states, TaskState.DONE), done},
                {Messages.get("reports.b3.count.inProgress"), countIf(states, TaskState.IN_PROGRESS) + "+"
                        + countIf(states, TaskState.NOT_STARTED), tasks.size() - done - overdue},
                {Messages.get("reports.b3.count.overdue"), countIf(states, TaskState.OVERDUE), overdue}};
        List<Integer> at = new ArrayList<>();
        for (Object[] row : rows) {
            XlsxRow r = sheet.row().text("", s.centre()).span((String) row[0], s.textBold(), 4);
            if (tasks.isEmpty()) {
                r.integer(0, s.integerBold());
            } else {
                r.formula((String) row[1], (Long) row[2], s.integerBold());
            }
            r.blankToEnd(s.text());
            at.add(r.index());
        }
        String total = XlsxSheet.ref(at.get(0), STATUS);
        String doneRef = XlsxSheet.ref(at.get(1), STATUS);
        XlsxRow rate = sheet.row().text("", s.centre()).span(Messages.get("reports.b3.count.rate"), s.textBold(), 4);
        String formula = "IF(" + total + ">0," + doneRef + "/" + total + ",\"\")";
        if (tasks.isEmpty()) {
            rate.formula(formula, "", s.percentBold());
        } else {
            rate.formula(formula, (double) done / tasks.size(), s.percentBold());
        }
        rate.blankToEnd(s.text());
    }

    private static String countIf(String range, TaskState state) {
        return "COUNTIF(" + range + ",\"" + state(state) + "\")";
    }

    static String state(TaskState state) {
        return Labels.of("reports.taskState", state);
    }

}
