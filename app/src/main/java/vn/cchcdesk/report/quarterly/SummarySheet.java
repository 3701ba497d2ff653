package vn.cchcdesk.report.quarterly;

import static vn.cchcdesk.report.xlsx.XlsxSheet.range;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
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
import vn.cchcdesk.report.xlsx.Page;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxRow;
import vn.cchcdesk.report.xlsx.XlsxSheet;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * Biểu 1 — tổng hợp: one row per indicator with STT · Chỉ tiêu · Đơn vị tính · Kế hoạch năm ·
 * Thực hiện trong kỳ · Lũy kế từ đầu năm · % kế hoạch · Cùng kỳ năm trước · Ghi chú. Subtotals,
 * totals, shares and the count of targets met are live formulas, so a figure corrected by hand
 * in Excel carries through.
 */
final class SummarySheet {

    static final int STT = 0;
    static final int LABEL = 1;
    static final int MEASURE = 2;
    static final int PLAN = 3;
    static final int CURRENT = 4;
    static final int YTD = 5;
    static final int SHARE = 6;
    static final int LAST_YEAR = 7;
    static final int NOTE = 8;
    private static final int[] NUMBERS = {PLAN, CURRENT, YTD, LAST_YEAR};

    private final XlsxSheet sheet;
    private final XlsxStyles s;
    private final QuarterlyReport report;
    /** Rows of forms, per group, for the formulas that count targets. */
    private final List<int[]> formRows = new ArrayList<>();

    private SummarySheet(XlsxSheet sheet, QuarterlyReport report) {
        this.sheet = sheet;
        this.s = sheet.styles();
        this.report = report;
    }

    static void write(XlsxBook book, QuarterlyReport report) {
        XlsxSheet sheet = book.sheet(Messages.get("reports.b1.sheet"), Page.LANDSCAPE);
        sheet.columns(6, 44, 15, 11, 11, 11, 10, 11, 18);
        new SummarySheet(sheet, report).write();
    }

    private void write() {
        SheetFrame.top(sheet, report, 3, 1, Messages.get("reports.b1.title", PeriodTexts.title(report.windows().period())));
        sheet.tableHeader(new String[] {Messages.get("reports.col.stt"), Messages.get("reports.b1.col.indicator"),
                Messages.get("reports.b1.col.measure"), Messages.get("reports.b1.col.plan"), Messages.get("reports.b1.col.current"),
                Messages.get("reports.b1.col.ytd"), Messages.get("reports.b1.col.share"), Messages.get("reports.b1.col.lastYear"),
                Messages.get("reports.col.note")});
        sheet.columnNumbers("A", "B", "C", "(1)", "(2)", "(3)", "(4)=(3)/(1)", "(5)", "D");
        Summary summary = report.summary();
        direction(summary);
        int[] publicity = publicity(summary);
        tasks(summary.tasks(), publicity);
        sheet.skip(1);
        sheet.line(Messages.get(report.windows().rule() == CutoffRule.DECREE_09 ? "reports.b1.note.decree09"
                : "reports.b1.note.calendar"), s.note());
        SheetFrame.bottom(sheet, report, 4);
    }

    private void direction(Summary summary) {
        section("I", Messages.get("reports.b1.direction"));
        indicator("1", Messages.get("reports.b1.received"), Messages.get("reports.unit.document"), summary.directives().received(), "");
        indicator("2", Messages.get("reports.b1.plans"), Messages.get("reports.unit.plan"), summary.directives().plansIssued(), "");
        indicator("3", Messages.get("reports.b1.othersIssued"), Messages.get("reports.unit.document"),
                summary.directives().othersIssued(), "");
    }

    /** @return the rows of the two group subtotals */
    private int[] publicity(Summary summary) {
        section("II", Messages.get("reports.b1.publicity"));
        int online = group("1", FormGroup.ONLINE, summary.forms(FormGroup.ONLINE));
        int traditional = group("2", FormGroup.TRADITIONAL, summary.forms(FormGroup.TRADITIONAL));
        XlsxRow total = sheet.row().text("", s.centreBold()).span(Messages.get("reports.b1.publicityTotal"), s.textBold(), 2);
        for (int col : NUMBERS) {
            total.at(col).formula(ref(online, col) + "+" + ref(traditional, col), s.integerBold());
            if (col == YTD) {
                total.text("", s.percent());
            }
        }
        total.text("", s.text());
        Figures participants = Figures.ZERO;
        Figures minutes = Figures.ZERO;
        for (FormFigures form : summary.forms()) {
            participants = participants.plus(form.participants());
            minutes = minutes.plus(form.minutes());
        }
        indicator("3", Messages.get("reports.b1.participants"), Messages.get("reports.unit.person"), participants, "");
        indicator("4", Messages.get("reports.b1.minutes"), Messages.get("reports.unit.minute"), minutes, "");
        indicator("5", Messages.get("reports.b1.visits"), Messages.get("reports.unit.visit"), summary.websiteVisits(),
                Messages.get("reports.b1.visitsNote"));
        return new int[] {online, traditional};
    }

    /** A group's subtotal row (SUM of its forms), then one row per form; returns the subtotal's row. */
    private int group(String number, FormGroup group, List<FormFigures> forms) {
        XlsxRow head = sheet.row().text(number, s.centreBold())
                .span(Labels.of("reports.b1.group", group), s.textBold(), 2);
        int first = head.index() + 1;
        int last = head.index() + forms.size();
        for (int col : NUMBERS) {
            if (forms.isEmpty()) {
                head.at(col).integer(0, s.integerBold());
            } else {
                head.at(col).formula("SUM(" + range(first, last, col) + ")", s.integerBold());
            }
            if (col == YTD) {
                // no share here: a group adds quantities of unlike units, some without a plan
                head.text("", s.percent());
            }
        }
        head.text("", s.text());
        int i = 1;
        for (FormFigures form : forms) {
            indicatorRow(number + "." + i++, form.name(), form.measureUnit(), form.annualPlan(), form.quantity(), "", s.textIndented());
        }
        if (!forms.isEmpty()) {
            formRows.add(new int[] {first, last});
        }
        return head.index();
    }

    private void tasks(TaskFigures tasks, int[] publicity) {
        section("III", Messages.get("reports.b1.tasksSection"));
        String unit = Messages.get("reports.unit.task");
        int total = indicator("1", Messages.get("reports.b1.tasks"), unit, tasks.total(), "");
        int done = indicatorRow("2", Messages.get("reports.b1.tasksDone"), unit, null, tasks.done(), "", s.textIndented());
        indicatorRow("3", Messages.get("reports.b1.tasksInProgress"), unit, null, tasks.inProgress(), "", s.textIndented());
        indicatorRow("4", Messages.get("reports.b1.tasksOverdue"), unit, null, tasks.overdue(), "", s.textIndented());
        XlsxRow rate = sheet.row().text("5", s.centre()).text(Messages.get("reports.b1.tasksRate"), s.text()).text("%", s.centre())
                .text("", s.integer());
        for (int col : new int[] {CURRENT, YTD, LAST_YEAR}) {
            rate.at(col).formula("IF(" + ref(total, col) + ">0," + ref(done, col) + "/" + ref(total, col) + ",\"\")", s.percent());
            if (col == YTD) {
                rate.text("", s.percent());
            }
        }
        rate.text("", s.text());
        targets();
    }

    /** Targets set (forms with a plan) and met (year to date at or above the plan), counted by formulas. */
    private void targets() {
        XlsxRow row = sheet.row().text("6", s.centre()).text(Messages.get("reports.b1.targets"), s.text())
                .text(Messages.get("reports.unit.target"), s.centre());
        if (formRows.isEmpty()) {
            row.integer(0).text("", s.integer()).integer(0);
        } else {
            List<String> set = new ArrayList<>();
            List<String> met = new ArrayList<>();
            for (int[] rows : formRows) {
                set.add("COUNTIF(" + range(rows[0], rows[1], PLAN) + ",\">0\")");
                // one term per form rather than SUMPRODUCT over arrays, which POI's evaluator cannot compute
                for (int r = rows[0]; r <= rows[1]; r++) {
                    met.add("IF(AND(" + ref(r, PLAN) + ">0," + ref(r, YTD) + ">=" + ref(r, PLAN) + "),1,0)");
                }
            }
            row.formula(String.join("+", set), s.integer()).text("", s.integer()).formula(String.join("+", met), s.integer());
        }
        row.formula(share(row.index()), s.percent()).text("", s.integer()).text(Messages.get("reports.b1.targetsNote"), s.text());
    }

    private void section(String number, String title) {
        sheet.row().text(number, s.centreBold()).span(title, s.textBold(), 2).blankToEnd(s.text());
    }

    private int indicator(String number, String label, String measure, Figures figures, String note) {
        return indicatorRow(number, label, measure, null, figures, note, s.text());
    }

    private int indicatorRow(String number, String label, String measure, Long plan, Figures figures, String note, CellStyle labelStyle) {
        XlsxRow row = sheet.row().text(number, s.centre()).text(label, labelStyle).text(measure, s.centre())
                .integer(plan, s.integer()).integer(figures.current()).integer(figures.yearToDate());
        if (plan != null) {
            row.formula(share(row.index()), s.percent());
        } else {
            row.text("", s.percent());
        }
        row.integer(figures.lastYear()).text(note, s.text());
        return row.index();
    }

    /** Year to date over the plan, blank without a plan. */
    private static String share(int row) {
        return "IF(" + ref(row, PLAN) + ">0," + ref(row, YTD) + "/" + ref(row, PLAN) + ",\"\")";
    }

    private static String ref(int row, int col) {
        return XlsxSheet.ref(row, col);
    }
}
