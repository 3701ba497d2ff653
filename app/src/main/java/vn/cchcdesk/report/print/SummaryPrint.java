package vn.cchcdesk.report.print;

import static vn.cchcdesk.report.print.PrintTable.cell;
import static vn.cchcdesk.report.print.PrintTable.span;
import static vn.cchcdesk.report.print.QuarterlyPrint.NUMBER;
import static vn.cchcdesk.report.print.QuarterlyPrint.blank;
import static vn.cchcdesk.report.print.QuarterlyPrint.integer;
import static vn.cchcdesk.report.print.QuarterlyPrint.percent;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.Summary;
import vn.cchcdesk.domain.report.TaskFigures;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.PeriodTexts;

/**
 * Biểu 1 — tổng hợp, as SummarySheet writes it: STT · Chỉ tiêu · Đơn vị tính · Kế hoạch năm ·
 * Thực hiện trong kỳ · Lũy kế từ đầu năm · % kế hoạch · Cùng kỳ năm trước · Ghi chú, with the
 * subtotals, totals and shares the sheet's formulas compute worked out here.
 */
final class SummaryPrint {

    private static final TextStyle CENTRE = TextStyle.centre();
    private static final TextStyle BOLD = TextStyle.plain().inBold();

    private final PrintTable.Builder table = PrintTable.builder();

    private SummaryPrint() {
    }

    static PrintDocument of(QuarterlyReport report) {
        SummaryPrint print = new SummaryPrint();
        PrintTable table = print.table(report.summary());
        String note = Messages.get(report.windows().rule() == CutoffRule.DECREE_09 ? "reports.b1.note.decree09" : "reports.b1.note.calendar");
        return new PrintDocument(QuarterlyPrint.name("reports.b1.sheet"), PageSetup.Orientation.LANDSCAPE,
                QuarterlyPrint.top(report, 1, Messages.get("reports.b1.title", PeriodTexts.title(report.windows().period()))),
                table, QuarterlyPrint.bottom(report, PrintFrames.note(note, 8)));
    }

    private PrintTable table(Summary summary) {
        TextStyle plain = TextStyle.plain();
        table.column(6, CENTRE).column(44, plain).column(15, CENTRE).column(11, NUMBER).column(11, NUMBER).column(11, NUMBER)
                .column(10, NUMBER).column(11, NUMBER).column(18, plain);
        table.header(Messages.get("reports.col.stt"), Messages.get("reports.b1.col.indicator"), Messages.get("reports.b1.col.measure"),
                Messages.get("reports.b1.col.plan"), Messages.get("reports.b1.col.current"), Messages.get("reports.b1.col.ytd"),
                Messages.get("reports.b1.col.share"), Messages.get("reports.b1.col.lastYear"), Messages.get("reports.col.note"));
        table.columnNumbers("A", "B", "C", "(1)", "(2)", "(3)", "(4)=(3)/(1)", "(5)", "D");
        section("I", Messages.get("reports.b1.direction"));
        indicator("1", Messages.get("reports.b1.received"), Messages.get("reports.unit.document"), null, summary.directives().received(), "", plain);
        indicator("2", Messages.get("reports.b1.plans"), Messages.get("reports.unit.plan"), null, summary.directives().plansIssued(), "", plain);
        indicator("3", Messages.get("reports.b1.othersIssued"), Messages.get("reports.unit.document"), null,
                summary.directives().othersIssued(), "", plain);
        publicity(summary);
        tasks(summary.tasks(), summary.forms());
        return table.build();
    }

    private void publicity(Summary summary) {
        section("II", Messages.get("reports.b1.publicity"));
        long[] online = group("1", FormGroup.ONLINE, summary.forms(FormGroup.ONLINE));
        long[] traditional = group("2", FormGroup.TRADITIONAL, summary.forms(FormGroup.TRADITIONAL));
        long[] total = new long[4];
        for (int i = 0; i < 4; i++) {
            total[i] = online[i] + traditional[i];
        }
        sums("", Messages.get("reports.b1.publicityTotal"), total);
        Figures participants = Figures.ZERO;
        Figures minutes = Figures.ZERO;
        for (FormFigures form : summary.forms()) {
            participants = participants.plus(form.participants());
            minutes = minutes.plus(form.minutes());
        }
        TextStyle plain = TextStyle.plain();
        indicator("3", Messages.get("reports.b1.participants"), Messages.get("reports.unit.person"), null, participants, "", plain);
        indicator("4", Messages.get("reports.b1.minutes"), Messages.get("reports.unit.minute"), null, minutes, "", plain);
        indicator("5", Messages.get("reports.b1.visits"), Messages.get("reports.unit.visit"), null, summary.websiteVisits(),
                Messages.get("reports.b1.visitsNote"), plain);
    }

    /** A group's subtotal row, then its forms; returns plan, current, year to date and last year summed. */
    private long[] group(String number, FormGroup group, List<FormFigures> forms) {
        long[] sum = new long[4];
        for (FormFigures form : forms) {
            sum[0] += form.annualPlan() == null ? 0 : form.annualPlan();
            sum[1] += form.quantity().current();
            sum[2] += form.quantity().yearToDate();
            sum[3] += form.quantity().lastYear();
        }
        sums(number, Labels.of("reports.b1.group", group), sum);
        int i = 1;
        for (FormFigures form : forms) {
            indicator(number + "." + i++, form.name(), form.measureUnit(), form.annualPlan(), form.quantity(), "", TextStyle.plain().indented(1));
        }
        return sum;
    }

    /** A bold row of sums: no share, as a group adds quantities of unlike units. */
    private void sums(String number, String label, long[] sum) {
        TextStyle bold = NUMBER.inBold();
        table.row(List.of(cell(number, CENTRE.inBold()), span(label, 2, BOLD), cell(integer(sum[0]), bold), cell(integer(sum[1]), bold),
                cell(integer(sum[2]), bold), blank(), cell(integer(sum[3]), bold), blank()));
    }

    private void tasks(TaskFigures tasks, List<FormFigures> forms) {
        section("III", Messages.get("reports.b1.tasksSection"));
        String unit = Messages.get("reports.unit.task");
        TextStyle indented = TextStyle.plain().indented(1);
        indicator("1", Messages.get("reports.b1.tasks"), unit, null, tasks.total(), "", TextStyle.plain());
        indicator("2", Messages.get("reports.b1.tasksDone"), unit, null, tasks.done(), "", indented);
        indicator("3", Messages.get("reports.b1.tasksInProgress"), unit, null, tasks.inProgress(), "", indented);
        indicator("4", Messages.get("reports.b1.tasksOverdue"), unit, null, tasks.overdue(), "", indented);
        table.row("5", Messages.get("reports.b1.tasksRate"), "%", "", percent(tasks.done().current(), tasks.total().current()),
                percent(tasks.done().yearToDate(), tasks.total().yearToDate()), "",
                percent(tasks.done().lastYear(), tasks.total().lastYear()), "");
        long set = forms.stream().filter(f -> f.annualPlan() != null && f.annualPlan() > 0).count();
        long met = forms.stream().filter(f -> f.annualPlan() != null && f.annualPlan() > 0 && f.quantity().yearToDate() >= f.annualPlan())
                .count();
        table.row("6", Messages.get("reports.b1.targets"), Messages.get("reports.unit.target"), integer(set), "", integer(met),
                percent(met, set), "", Messages.get("reports.b1.targetsNote"));
    }

    private void section(String number, String title) {
        List<PrintTable.Cell> cells = new ArrayList<>(List.of(cell(number, CENTRE.inBold()), span(title, 2, BOLD)));
        for (int i = 3; i < 9; i++) {
            cells.add(blank());
        }
        table.row(cells);
    }

    private void indicator(String number, String label, String measure, Long plan, Figures figures, String note, TextStyle labelStyle) {
        String share = plan == null ? "" : percent(figures.yearToDate(), plan);
        table.row(List.of(cell(number), cell(label, labelStyle), cell(measure), cell(integer(plan)), cell(integer(figures.current())),
                cell(integer(figures.yearToDate())), cell(share), cell(integer(figures.lastYear())), cell(note)));
    }
}
