package vn.cchcdesk.report.template;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.report.Summary;
import vn.cchcdesk.domain.report.TaskFigures;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Labels;
import vn.cchcdesk.report.template.SummaryRow.Kind;

/**
 * Biểu 1's rows in the order and with the labels of the workbook's sheet
 * ({@code report.quarterly.SummarySheet}), with the figures its formulas compute worked out here:
 * the preview shows what the sheet will, and a template is filled with the same numbers.
 * {@code SummaryRowsTest} reads the written sheet back against these rows.
 */
public final class SummaryRows {

    private final List<SummaryRow> rows = new ArrayList<>();
    private long targetsSet;
    private long targetsMet;

    private SummaryRows() {
    }

    public static List<SummaryRow> of(QuarterlyReport report) {
        SummaryRows built = new SummaryRows();
        built.build(report.summary());
        return List.copyOf(built.rows);
    }

    private void build(Summary summary) {
        section("I", "reports.b1.direction");
        indicator("van_ban_tiep_nhan", "1", "reports.b1.received", "reports.unit.document", summary.directives().received(), "");
        indicator("ke_hoach_ban_hanh", "2", "reports.b1.plans", "reports.unit.plan", summary.directives().plansIssued(), "");
        indicator("van_ban_chi_dao_khac", "3", "reports.b1.othersIssued", "reports.unit.document",
                summary.directives().othersIssued(), "");

        section("II", "reports.b1.publicity");
        Totals online = group("truc_tuyen", "1", FormGroup.ONLINE, summary.forms(FormGroup.ONLINE));
        Totals traditional = group("truyen_thong", "2", FormGroup.TRADITIONAL, summary.forms(FormGroup.TRADITIONAL));
        rows.add(new SummaryRow(Kind.TOTAL, "tong_hinh_thuc", "", Messages.get("reports.b1.publicityTotal"), "",
                online.plan + traditional.plan, online.figures.current() + traditional.figures.current(),
                online.figures.yearToDate() + traditional.figures.yearToDate(), null,
                online.figures.lastYear() + traditional.figures.lastYear(), "", null));
        Figures participants = Figures.ZERO;
        Figures minutes = Figures.ZERO;
        for (FormFigures form : summary.forms()) {
            participants = participants.plus(form.participants());
            minutes = minutes.plus(form.minutes());
        }
        indicator("nguoi_tham_du", "3", "reports.b1.participants", "reports.unit.person", participants, "");
        indicator("thoi_luong_phut", "4", "reports.b1.minutes", "reports.unit.minute", minutes, "");
        indicator("luot_truy_cap", "5", "reports.b1.visits", "reports.unit.visit", summary.websiteVisits(),
                Messages.get("reports.b1.visitsNote"));

        tasks(summary.tasks());
    }

    private void tasks(TaskFigures tasks) {
        section("III", "reports.b1.tasksSection");
        indicator("nhiem_vu", "1", "reports.b1.tasks", "reports.unit.task", tasks.total(), "");
        indicator("nhiem_vu_hoan_thanh", "2", "reports.b1.tasksDone", "reports.unit.task", tasks.done(), "");
        indicator("nhiem_vu_dang_thuc_hien", "3", "reports.b1.tasksInProgress", "reports.unit.task", tasks.inProgress(), "");
        indicator("nhiem_vu_qua_han", "4", "reports.b1.tasksOverdue", "reports.unit.task", tasks.overdue(), "");
        rows.add(new SummaryRow(Kind.RATE, "ty_le_hoan_thanh", "5", Messages.get("reports.b1.tasksRate"), "%", null, null, null,
                null, null, "", new SummaryRow.Rates(rate(tasks.done().current(), tasks.total().current()),
                rate(tasks.done().yearToDate(), tasks.total().yearToDate()), rate(tasks.done().lastYear(), tasks.total().lastYear()))));
        rows.add(new SummaryRow(Kind.TARGETS, "chi_tieu_dat", "6", Messages.get("reports.b1.targets"),
                Messages.get("reports.unit.target"), targetsSet, null, targetsMet, rate(targetsMet, targetsSet), null,
                Messages.get("reports.b1.targetsNote"), null));
    }

    private record Totals(long plan, Figures figures) {
    }

    private Totals group(String key, String number, FormGroup group, List<FormFigures> forms) {
        long plan = 0;
        Figures sum = Figures.ZERO;
        for (FormFigures form : forms) {
            plan += form.annualPlan() == null ? 0 : form.annualPlan();
            sum = sum.plus(form.quantity());
        }
        rows.add(new SummaryRow(Kind.GROUP, key, number, Labels.of("reports.b1.group", group), "", plan, sum.current(),
                sum.yearToDate(), null, sum.lastYear(), "", null));
        int i = 1;
        for (FormFigures form : forms) {
            Long formPlan = form.annualPlan();
            if (formPlan != null && formPlan > 0) {
                targetsSet++;
                if (form.quantity().yearToDate() >= formPlan) {
                    targetsMet++;
                }
            }
            rows.add(new SummaryRow(Kind.FORM, FormKeys.of(form.code()), number + "." + i++, form.name(), form.measureUnit(), formPlan,
                    form.quantity().current(), form.quantity().yearToDate(),
                    formPlan == null ? null : rate(form.quantity().yearToDate(), formPlan), form.quantity().lastYear(), "", null));
        }
        return new Totals(plan, sum);
    }

    private void section(String number, String titleKey) {
        rows.add(new SummaryRow(Kind.SECTION, null, number, Messages.get(titleKey), "", null, null, null, null, null, "", null));
    }

    private void indicator(String key, String number, String labelKey, String measureKey, Figures figures, String note) {
        rows.add(new SummaryRow(Kind.INDICATOR, key, number, Messages.get(labelKey), Messages.get(measureKey), null,
                figures.current(), figures.yearToDate(), null, figures.lastYear(), note, null));
    }

    /** As the sheet's IF(d>0, n/d, ""): blank without a denominator. */
    private static Double rate(long part, long whole) {
        return whole > 0 ? (double) part / whole : null;
    }
}
