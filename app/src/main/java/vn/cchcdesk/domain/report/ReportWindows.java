package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;

/**
 * The three spans a periodic report compares (DOMAIN.md §6, §8), all cut by the same rule:
 * the period itself ("thực hiện trong kỳ"), the reporting year up to the period's cut-off
 * ("lũy kế từ đầu năm") and the same period one year earlier ("cùng kỳ năm trước").
 */
public record ReportWindows(ReportingPeriod period, CutoffRule rule, DateRange current, DateRange yearToDate,
                            DateRange sameLastYear) {

    public static ReportWindows of(ReportingPeriod period, CutoffRule rule) {
        ReportingPeriod last = period.sameLastYear();
        return new ReportWindows(period, rule,
                new DateRange(period.from(rule), period.to(rule)),
                new DateRange(period.yearToDateFrom(rule), period.to(rule)),
                new DateRange(last.from(rule), last.to(rule)));
    }

    /**
     * The day task states are judged on: the cut-off, or today while the period is still running
     * (a report drafted before the cut-off shows what is overdue now, not at a future day).
     */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(current.to()) ? today : current.to();
    }

    /** Calendar months of the period, first and last (website visits are kept per calendar month). */
    public int firstMonth() {
        return period.kind().firstMonth();
    }

    public int lastMonth() {
        return period.kind().lastMonth();
    }
}
