package vn.cchcdesk.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    private static Timeframe parse(String text) {
        return Timeframe.parse(text, 2026);
    }

    @Test
    void nothingWrittenIsNoTimeframe() {
        assertThat(parse(null).isNone()).isTrue();
        assertThat(parse("   ").kind()).isEqualTo(TimeframeKind.NONE);
        assertThat(parse("  ").text()).isNull();
    }

    @Test
    void throughoutAYearIsOngoingOverThatYear() {
        Timeframe t = parse("Thường xuyên trong năm 2026");
        assertThat(t.kind()).isEqualTo(TimeframeKind.ONGOING);
        assertThat(t.text()).isEqualTo("Thường xuyên trong năm 2026");
        assertThat(t.periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(t.periodTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(t.dueDate()).isNull();
        assertThat(t.recurrence()).isNull();
    }

    @Test
    void ongoingWithoutAYearHasNoPeriod() {
        Timeframe t = parse("Thường xuyên");
        assertThat(t.kind()).isEqualTo(TimeframeKind.ONGOING);
        assertThat(t.periodFrom()).isNull();
    }

    @Test
    void beforeADayIsADeadline() {
        assertThat(parse("Thời hạn: trước 30/5/2026").dueDate()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(parse("trước 30/5/2026").kind()).isEqualTo(TimeframeKind.BY_DATE);
        assertThat(parse("chậm nhất ngày 12/6").dueDate()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(parse("trước ngày 15 tháng 7 năm 2027").dueDate()).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(parse("Hoàn thành trước ngày 05-02-2026").dueDate()).isEqualTo(LocalDate.of(2026, 2, 5));
    }

    @Test
    void anImpossibleDayIsNoDeadline() {
        Timeframe t = parse("trước 31/02/2026");
        assertThat(t.dueDate()).isNull();
        assertThat(t.kind()).isNotEqualTo(TimeframeKind.BY_DATE);
    }

    @Test
    void aMonthIsAPeriodWithoutDueDay() {
        Timeframe t = parse("Hoàn thành trong tháng 5/2026");
        assertThat(t.kind()).isEqualTo(TimeframeKind.WITHIN);
        assertThat(t.periodFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(t.periodTo()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(t.dueDate()).isNull();
        assertThat(parse("(dự kiến tháng 6/2026)").periodTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(parse("tháng 2 năm 2028").periodTo()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void beforeAMonthEndsTheMonthBefore() {
        Timeframe t = parse("trước tháng 6/2026");
        assertThat(t.kind()).isEqualTo(TimeframeKind.BY_DATE);
        assertThat(t.periodTo()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(t.dueDate()).isNull();
    }

    @Test
    void quartersInRomanOrArabicNumerals() {
        Timeframe q2 = parse("quý II/2026");
        assertThat(q2.kind()).isEqualTo(TimeframeKind.WITHIN);
        assertThat(q2.periodFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q2.periodTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(parse("Quý IV năm 2025").periodFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(parse("trong quý 3").periodTo()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void halfYears() {
        assertThat(parse("6 tháng đầu năm 2026").periodTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(parse("6 tháng cuối năm").periodFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void recurringDeadlines() {
        Timeframe quarterly = parse("hàng quý, 6 tháng, năm (gửi trước ngày 05 tháng cuối của quý, năm)");
        assertThat(quarterly.kind()).isEqualTo(TimeframeKind.PERIODIC);
        assertThat(quarterly.recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(quarterly.recurrenceDay()).isEqualTo(5);
        assertThat(quarterly.dueDate()).isNull();

        Timeframe monthly = parse("trước ngày 20 hằng tháng");
        assertThat(monthly.recurrence()).isEqualTo(Recurrence.MONTHLY);
        assertThat(monthly.recurrenceDay()).isEqualTo(20);
        assertThat(parse("HẰNG NĂM").recurrence()).isEqualTo(Recurrence.YEARLY);
        assertThat(parse("định kỳ 6 tháng").recurrence()).isEqualTo(Recurrence.HALF_YEARLY);
        assertThat(parse("hằng quý").recurrenceDay()).isNull();
    }

    @Test
    void weeklyIsReadAsOngoingForTheTaskTableHasNoWeeklyRecurrence() {
        Timeframe t = parse("hằng tuần");
        assertThat(t.kind()).isEqualTo(TimeframeKind.ONGOING);
        assertThat(t.recurrence()).isNull();
    }

    @Test
    void aRangeOfDaysEndsOnItsLastDay() {
        Timeframe t = parse("từ ngày 01/6 đến ngày 30/6/2026");
        assertThat(t.kind()).isEqualTo(TimeframeKind.WITHIN);
        assertThat(t.periodFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(t.periodTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        Timeframe months = parse("từ tháng 5 đến tháng 7/2026");
        assertThat(months.periodFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(months.periodTo()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aPeriodOfYearsIsNotADate() {
        Timeframe t = parse("giai đoạn 2021-2030");
        assertThat(t.dueDate()).isNull();
        assertThat(t.kind()).isEqualTo(TimeframeKind.WITHIN);
        assertThat(t.periodFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(t.periodTo()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void unreadableTextIsKeptForTheClerk() {
        Timeframe t = parse("khi có yêu cầu của cấp trên");
        assertThat(t.kind()).isEqualTo(TimeframeKind.NONE);
        assertThat(t.text()).isEqualTo("khi có yêu cầu của cấp trên");
        assertThat(t.isNone()).isFalse();
    }

    @Test
    void theRecordKeepsTheTaskTableRules() {
        assertThatThrownBy(() -> new Timeframe(TimeframeKind.PERIODIC, "x", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timeframe(TimeframeKind.ONGOING, "x", null, null, null, Recurrence.MONTHLY, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timeframe(TimeframeKind.WITHIN, "x", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
