package vn.cchcdesk.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/** Reporting periods: codes read back, every day falls in exactly one quarter, and in the periods said to hold it. */
class ReportingPeriodProperties {

    @Property
    void aCodeReadsBackAsItsPeriod(@ForAll @IntRange(min = 1945, max = 2200) int year, @ForAll PeriodKind kind) {
        ReportingPeriod period = new ReportingPeriod(year, kind);
        assertThat(ReportingPeriod.parse(period.code())).contains(period);
        assertThat(ReportingPeriod.parse(" " + period.code().toLowerCase() + " ")).contains(period);
    }

    @Property(tries = 2000)
    void anyTextIsAPeriodOrNothingNeverAnError(@ForAll String text) {
        ReportingPeriod.parse(text).ifPresent(period -> assertThat(ReportingPeriod.parse(period.code())).contains(period));
    }

    @Property
    void everyDayIsReportedInExactlyOneQuarterAndInThePeriodsHoldingIt(
            @ForAll @DateRange(min = "1946-01-01", max = "2199-11-30") LocalDate day, @ForAll CutoffRule rule) {
        ReportingPeriod quarter = ReportingPeriod.quarterOf(day, rule);
        assertThat(quarter.contains(day, rule)).isTrue();
        List<ReportingPeriod> quarters = List.of(PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4).stream()
                .map(kind -> new ReportingPeriod(quarter.year(), kind))
                .filter(q -> q.contains(day, rule))
                .toList();
        assertThat(quarters).containsExactly(quarter);
        assertThat(ReportingPeriod.containing(day, rule)).allMatch(period -> period.contains(day, rule))
                .contains(ReportingPeriod.year(quarter.year()));
    }

    @Property
    void periodsOfAYearStartAtTheirFirstDayAndEndAfterIt(@ForAll @IntRange(min = 1946, max = 2200) int year,
                                                         @ForAll PeriodKind kind, @ForAll CutoffRule rule) {
        ReportingPeriod period = new ReportingPeriod(year, kind);
        assertThat(period.from(rule)).isBefore(period.to(rule));
        assertThat(period.contains(period.from(rule), rule)).isTrue();
        assertThat(period.contains(period.to(rule).plusDays(1), rule)).isFalse();
        assertThat(period.yearToDateFrom(rule)).isBeforeOrEqualTo(period.from(rule));
    }
}
