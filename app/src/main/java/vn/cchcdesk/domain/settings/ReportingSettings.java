package vn.cchcdesk.domain.settings;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.period.CutoffRule;

/**
 * How this commune reports (DOMAIN.md §6): the cut-off rule, the day of the period's last month
 * before which units send their figures, and how many working days after the cut-off the
 * commune's own report is due.
 */
public record ReportingSettings(CutoffRule cutoffRule, int unitDeadlineDay, int communeReportWorkingDays) {

    public static ReportingSettings defaults() {
        return new ReportingSettings(CutoffRule.DECREE_09, 5, 3);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (cutoffRule == null) {
            problems.add(Problem.of("cutoffRule", "validation.required"));
        }
        if (unitDeadlineDay < 1 || unitDeadlineDay > 28) {
            problems.add(Problem.of("unitDeadlineDay", "validation.range", 1, 28));
        }
        if (communeReportWorkingDays < 0 || communeReportWorkingDays > 30) {
            problems.add(Problem.of("communeReportWorkingDays", "validation.range", 0, 30));
        }
        return problems;
    }
}
