package vn.cchcdesk.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    /** The table of DOMAIN.md §6 (Nghị định 09/2019, Điều 12). */
    @ParameterizedTest
    @CsvSource({
            "2026-Q1, 2025-12-15, 2026-03-14",
            "2026-Q2, 2026-03-15, 2026-06-14",
            "2026-Q3, 2026-06-15, 2026-09-14",
            "2026-Q4, 2026-09-15, 2026-12-14",
            "2026-H1, 2025-12-15, 2026-06-14",
            "2026-9M, 2025-12-15, 2026-09-14",
            "2026,    2025-12-15, 2026-12-14"
    })
    void decree09CutOffs(String code, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.parse(code).orElseThrow();
        assertThat(period.from(CutoffRule.DECREE_09)).isEqualTo(from);
        assertThat(period.to(CutoffRule.DECREE_09)).isEqualTo(to);
        assertThat(period.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2026-Q4, 2026-10-01, 2026-12-31",
            "2026-H1, 2026-01-01, 2026-06-30",
            "2026,    2026-01-01, 2026-12-31"
    })
    void calendarPeriods(String code, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.parse(code).orElseThrow();
        assertThat(period.from(CutoffRule.CALENDAR)).isEqualTo(from);
        assertThat(period.to(CutoffRule.CALENDAR)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-12-15, DECREE_09, 2026-Q1",
            "2025-12-14, DECREE_09, 2025-Q4",
            "2026-03-14, DECREE_09, 2026-Q1",
            "2026-03-15, DECREE_09, 2026-Q2",
            "2026-06-30, DECREE_09, 2026-Q3",
            "2026-12-31, DECREE_09, 2027-Q1",
            "2025-12-31, CALENDAR,  2025-Q4",
            "2026-03-31, CALENDAR,  2026-Q1",
            "2026-04-01, CALENDAR,  2026-Q2"
    })
    void aDateBelongsToOneQuarter(LocalDate date, CutoffRule rule, String quarter) {
        ReportingPeriod period = ReportingPeriod.quarterOf(date, rule);
        assertThat(period.code()).isEqualTo(quarter);
        assertThat(period.contains(date, rule)).isTrue();
    }

    @Test
    void aDateCountsForItsQuarterAndTheCumulativePeriods() {
        assertThat(ReportingPeriod.containing(LocalDate.of(2025, 12, 20), CutoffRule.DECREE_09))
                .extracting(ReportingPeriod::code).containsExactly("2026-Q1", "2026-H1", "2026-9M", "2026");
        assertThat(ReportingPeriod.containing(LocalDate.of(2026, 8, 1), CutoffRule.DECREE_09))
                .extracting(ReportingPeriod::code).containsExactly("2026-Q3", "2026-9M", "2026");
        assertThat(ReportingPeriod.containing(LocalDate.of(2026, 11, 1), CutoffRule.CALENDAR))
                .extracting(ReportingPeriod::code).containsExactly("2026-Q4", "2026");
    }

    @Test
    void parsesTheCommandLineCodesAndRefusesOthers() {
        assertThat(ReportingPeriod.parse("2026-6M")).contains(new ReportingPeriod(2026, PeriodKind.H1));
        assertThat(ReportingPeriod.parse("2026-q2")).contains(ReportingPeriod.quarter(2026, 2));
        assertThat(ReportingPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportingPeriod.parse("26-Q1")).isEmpty();
        assertThat(ReportingPeriod.parse("quý 2")).isEmpty();
        assertThat(ReportingPeriod.parse(null)).isEmpty();
    }

    @Test
    void yearToDateAndLastYearAndTitles() {
        ReportingPeriod q2 = ReportingPeriod.quarter(2026, 2);
        assertThat(q2.yearToDateFrom(CutoffRule.DECREE_09)).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(q2.sameLastYear().code()).isEqualTo("2025-Q2");
        assertThat(q2.quarterRoman()).isEqualTo("II");
        assertThat(q2.lastMonth().getMonthValue()).isEqualTo(6);
        assertThat(ReportingPeriod.allOf(2026)).extracting(ReportingPeriod::code)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-H1", "2026-9M", "2026");
    }
}
