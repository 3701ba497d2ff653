package vn.cchcdesk.report.print;

import static vn.cchcdesk.report.print.PrintTable.cell;
import static vn.cchcdesk.report.print.PrintTable.span;
import static vn.cchcdesk.report.quarterly.LineTexts.deadline;
import static vn.cchcdesk.report.quarterly.LineTexts.result;
import static vn.cchcdesk.report.quarterly.LineTexts.units;

import java.util.List;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.TaskGroup;
import vn.cchcdesk.domain.report.TaskLine;
import vn.cchcdesk.domain.report.TaskState;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.RomanNumerals;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.DocumentTexts;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.PeriodTexts;

/**
 * Biểu 3 — nhiệm vụ, as TaskSheet writes it: each task under its directive (a Roman numeral),
 * its lead and supporting units, deadline, state and result; then the counts and the share done.
 */
final class TasksPrint {

    private static final int COLUMNS = 8;

    private TasksPrint() {
    }

    static PrintDocument of(QuarterlyReport report) {
        TextStyle plain = TextStyle.plain();
        TextStyle centre = TextStyle.centre();
        PrintTable.Builder table = PrintTable.builder().column(5, centre).column(45, plain).column(22, plain).column(22, plain)
                .column(15, centre).column(13, centre).column(30, plain).column(12, plain);
        table.header(Messages.get("reports.col.stt"), Messages.get("reports.b3.col.task"), Messages.get("reports.b3.col.lead"),
                Messages.get("reports.b3.col.support"), Messages.get("reports.b3.col.due"), Messages.get("reports.b3.col.state"),
                Messages.get("reports.b3.col.result"), Messages.get("reports.col.note"));
        table.numberedColumns();
        if (report.taskGroups().isEmpty()) {
            table.row(List.of(span(Messages.get("reports.b3.none"), COLUMNS, plain.inItalic())));
        }
        int group = 1;
        for (TaskGroup g : report.taskGroups()) {
            table.row(List.of(cell(RomanNumerals.of(group++), centre.inBold()), span(DocumentTexts.cite(g.directive()), COLUMNS - 1, plain.inBold())));
            int stt = 1;
            for (TaskLine task : g.tasks()) {
                table.row(String.valueOf(stt++), task.text(), units(task.leads(), task.requested()), String.join("; ", task.supports()),
                        deadline(task), Labels.of("reports.taskState", task.state()), result(task), "");
            }
        }
        List<TaskLine> tasks = report.tasks();
        long done = tasks.stream().filter(t -> t.state() == TaskState.DONE).count();
        long overdue = tasks.stream().filter(t -> t.state() == TaskState.OVERDUE).count();
        count(table, "reports.b3.count.total", Formats.integer(tasks.size()));
        count(table, "reports.b3.count.done", Formats.integer(done));
        count(table, "reports.b3.count.inProgress", Formats.integer(tasks.size() - done - overdue));
        count(table, "reports.b3.count.overdue", Formats.integer(overdue));
        count(table, "reports.b3.count.rate", QuarterlyPrint.percent(done, tasks.size()));
        return new PrintDocument(QuarterlyPrint.name("reports.b3.sheet"), PageSetup.Orientation.LANDSCAPE,
                QuarterlyPrint.top(report, 3, Messages.get("reports.b3.title", PeriodTexts.title(report.windows().period()))),
                table.build(), QuarterlyPrint.bottom(report));
    }

    /** A count under the table: its label over four columns, the figure in the state column. */
    private static void count(PrintTable.Builder table, String key, String figure) {
        table.row(List.of(cell(""), span(Messages.get(key), 4, TextStyle.plain().inBold()), cell(figure, TextStyle.plain().inBold()
                .aligned(Align.RIGHT)), cell(""), cell("")));
    }

}
