package vn.cchcdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Met / on track / at risk / behind, period by period. */
class TargetProgressTest {

    private static PlanTarget target(int quantity, TargetPeriod per) {
        return new PlanTarget(1L, 10L, 1L, quantity, per, 2026, null, false);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void monthlyTargetMetEveryMonthSoFar() {
        TargetProgress p = TargetProgress.evaluate(target(2, TargetPeriod.MONTH), Map.of(1, 2, 2, 3, 3, 2, 4, 2, 5, 2), d(5, 20));
        assertThat(p.status()).isEqualTo(TargetStatus.MET);
        assertThat(p.periods()).hasSize(12);
        assertThat(p.periodOf(d(5, 20))).get().satisfies(m -> {
            assertThat(m.done()).isEqualTo(2);
            assertThat(m.current()).isTrue();
        });
        assertThat(p.doneInYear()).isEqualTo(11);
        assertThat(p.metForYear()).isFalse();
        assertThat(p.shareOfPeriodsMet()).isEqualTo(5 / 12.0);
    }

    @Test
    void aMonthThatEndedShortPutsTheTargetBehind() {
        TargetProgress p = TargetProgress.evaluate(target(2, TargetPeriod.MONTH), Map.of(1, 2, 2, 1, 3, 2, 4, 2), d(5, 3));
        assertThat(p.status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(p.periods().get(1).missed()).isTrue();
    }

    @Test
    void theCurrentPeriodIsAtRiskWhenBehindItsShareOrInItsLastWeek() {
        PlanTarget quarterly = target(3, TargetPeriod.QUARTER);
        // quarter II: 91 days; 20/05 is day 50 → share floor(3 × 50 / 91) = 1
        assertThat(TargetProgress.evaluate(quarterly, Map.of(1, 3), d(5, 20)).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetProgress.evaluate(quarterly, Map.of(1, 3, 4, 1), d(5, 20)).status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetProgress.evaluate(quarterly, Map.of(1, 3, 4, 1, 6, 1), d(6, 25)).status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(TargetProgress.evaluate(quarterly, Map.of(1, 3, 4, 1, 6, 2), d(6, 25)).status()).isEqualTo(TargetStatus.MET);
        // early in a period, nothing done yet is still on track
        assertThat(TargetProgress.evaluate(quarterly, Map.of(1, 3), d(4, 2)).status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void aYearlyTargetAndTheYearAsAWhole() {
        PlanTarget yearly = target(1, TargetPeriod.YEAR);
        assertThat(TargetProgress.evaluate(yearly, Map.of(), d(5, 20)).status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetProgress.evaluate(yearly, Map.of(), d(12, 28)).status()).isEqualTo(TargetStatus.AT_RISK);
        TargetProgress after = TargetProgress.evaluate(yearly, Map.of(9, 1), LocalDate.of(2027, 1, 10));
        assertThat(after.status()).isEqualTo(TargetStatus.MET);
        assertThat(after.metForYear()).isTrue();
        assertThat(TargetProgress.evaluate(yearly, Map.of(), LocalDate.of(2027, 1, 10)).status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(TargetProgress.evaluate(yearly, Map.of(), LocalDate.of(2025, 12, 1)).status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void aTargetsYearlyQuantity() {
        assertThat(target(2, TargetPeriod.MONTH).perYear()).isEqualTo(24);
        assertThat(target(3, TargetPeriod.QUARTER).perYear()).isEqualTo(12);
        assertThat(target(0, TargetPeriod.YEAR).validate()).extracting(vn.cchcdesk.domain.Problem::field).containsExactly("quantity");
    }
}
