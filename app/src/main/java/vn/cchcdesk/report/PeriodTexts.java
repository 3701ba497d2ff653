package vn.cchcdesk.report;

import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.xlsx.OfficialBlocks;

/** How titles and sentences name a period: "quý II năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
public final class PeriodTexts {

    private PeriodTexts() {
    }

    public static String name(ReportingPeriod period) {
        return switch (period.kind()) {
            case Q1, Q2, Q3, Q4 -> Messages.get("reports.period.quarter", period.quarterRoman(), period.year());
            case H1 -> Messages.get("reports.period.half", period.year());
            case M9 -> Messages.get("reports.period.nineMonths", period.year());
            case YEAR -> Messages.get("reports.period.year", period.year());
        };
    }

    /** "QUÝ II NĂM 2026", for titles. */
    public static String title(ReportingPeriod period) {
        return OfficialBlocks.upper(name(period));
    }

    /** The period a report's "phương hướng" looks to: the next quarter, the second half, the next year. */
    public static String next(ReportingPeriod period) {
        int year = period.year();
        return switch (period.kind()) {
            case Q1, Q2, Q3 -> name(ReportingPeriod.quarter(year, period.kind().lastMonth() / 3 + 1));
            case Q4, YEAR -> name(ReportingPeriod.year(year + 1));
            case H1 -> Messages.get("reports.period.secondHalf", year);
            case M9 -> name(new ReportingPeriod(year, PeriodKind.Q4));
        };
    }
}
