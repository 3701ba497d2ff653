package vn.cchcdesk.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.calendar.WorkingCalendar;

/** Due dates from time frames, and overdue / due soon derived from them and today. */
class TaskScheduleTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<LocalDate> due(String timeframe) {
        return DueDates.of(Timeframe.parse(timeframe, 2026), 2026);
    }

    private static Task task(String timeframe, TaskStatus status, LocalDate completedOn) {
        return new Task(1L, 1L, null, "Tuyên truyền CCHC", Timeframe.parse(timeframe, 2026), status, completedOn, null, 0, List.of());
    }

    @Test
    void beforeADateIsDueThatDate() {
        assertThat(due("Thời hạn: trước 30/5/2026")).containsExactly(d(2026, 5, 30));
        assertThat(due("trước tháng 6/2026")).containsExactly(d(2026, 5, 31));
    }

    @Test
    void withinAMonthOrQuarterIsDueAtItsEnd() {
        assertThat(due("Hoàn thành trong tháng 5/2026")).containsExactly(d(2026, 5, 31));
        assertThat(due("quý II/2026")).containsExactly(d(2026, 6, 30));
        assertThat(due("6 tháng cuối năm 2026")).containsExactly(d(2026, 12, 31));
        assertThat(due("từ ngày 01/6 đến ngày 20/6/2026")).containsExactly(d(2026, 6, 20));
        assertThat(due("Thường xuyên trong năm 2026")).containsExactly(d(2026, 12, 31));
    }

    @Test
    void periodicTasksFallDueEveryPeriodOfTheirYear() {
        assertThat(due("Báo cáo định kỳ hằng quý (gửi trước ngày 05 tháng cuối của quý)"))
                .containsExactly(d(2026, 3, 5), d(2026, 6, 5), d(2026, 9, 5), d(2026, 12, 5));
        assertThat(due("hằng quý")).containsExactly(d(2026, 3, 31), d(2026, 6, 30), d(2026, 9, 30), d(2026, 12, 31));
        assertThat(due("ngày 20 hằng tháng")).hasSize(12).startsWith(d(2026, 1, 20)).endsWith(d(2026, 12, 20));
        assertThat(due("ngày 31 hằng tháng")).contains(d(2026, 2, 28), d(2026, 4, 30), d(2026, 12, 31));
        assertThat(due("báo cáo định kỳ 6 tháng")).containsExactly(d(2026, 6, 30), d(2026, 12, 31));
        assertThat(DueDates.of(Timeframe.parse("hằng năm", 2027), 2027)).containsExactly(d(2027, 12, 31));
    }

    @Test
    void aPeriodicTaskWithAPeriodFallsDueInsideIt() {
        Timeframe secondHalf = new Timeframe(TimeframeKind.PERIODIC, "hằng tháng từ tháng 7", d(2026, 7, 1), d(2026, 12, 31),
                null, Recurrence.MONTHLY, 10);
        assertThat(DueDates.of(secondHalf, 2026)).hasSize(6).startsWith(d(2026, 7, 10)).endsWith(d(2026, 12, 10));
    }

    @Test
    void noTimeframeNoDueDate() {
        assertThat(due(null)).isEmpty();
        assertThat(due("Thường xuyên")).isEmpty();
        TaskSchedule s = TaskSchedule.of(task(null, TaskStatus.NOT_STARTED, null), 2026, d(2026, 5, 20));
        assertThat(s.nextDue()).isNull();
        assertThat(s.state()).isEqualTo(TaskState.NOT_STARTED);
        assertThat(s.dueSoon()).isFalse();
    }

    @Test
    void overdueOnceTheDueDateHasPassedUndone() {
        Task t = task("trước 30/5/2026", TaskStatus.IN_PROGRESS, null);
        assertThat(TaskSchedule.of(t, 2026, d(2026, 5, 30)).state()).isEqualTo(TaskState.IN_PROGRESS);
        TaskSchedule late = TaskSchedule.of(t, 2026, d(2026, 6, 2));
        assertThat(late.state()).isEqualTo(TaskState.OVERDUE);
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysLate(d(2026, 6, 2))).isEqualTo(3);
        assertThat(late.dueSoon()).isFalse();
    }

    @Test
    void dueSoonWithinSevenDays() {
        Task t = task("trước 30/5/2026", TaskStatus.NOT_STARTED, null);
        assertThat(TaskSchedule.of(t, 2026, d(2026, 5, 22)).dueSoon()).isFalse();
        assertThat(TaskSchedule.of(t, 2026, d(2026, 5, 23)).dueSoon()).isTrue();
        assertThat(TaskSchedule.of(t, 2026, d(2026, 5, 30)).dueSoon()).isTrue();
        assertThat(TaskSchedule.of(t, 2026, d(2026, 5, 23)).daysLeft(d(2026, 5, 23))).isEqualTo(7);
    }

    @Test
    void aDoneTaskIsNeverOverdueButMayHaveBeenLate() {
        Task onTime = task("trước 30/5/2026", TaskStatus.DONE, d(2026, 5, 28));
        Task late = task("trước 30/5/2026", TaskStatus.DONE, d(2026, 6, 3));
        TaskSchedule s = TaskSchedule.of(onTime, 2026, d(2026, 7, 1));
        assertThat(s.state()).isEqualTo(TaskState.DONE);
        assertThat(s.dueSoon()).isFalse();
        assertThat(s.completedLate()).isFalse();
        assertThat(TaskSchedule.of(late, 2026, d(2026, 7, 1)).completedLate()).isTrue();
    }

    @Test
    void aPeriodicTaskShowsItsNextDeadlineAndIsOverdueOnlyAfterTheLast() {
        Task report = task("hằng quý, gửi trước ngày 05 tháng cuối của quý", TaskStatus.IN_PROGRESS, null);
        TaskSchedule may = TaskSchedule.of(report, 2026, d(2026, 5, 30));
        assertThat(may.nextDue()).isEqualTo(d(2026, 6, 5));
        assertThat(may.dueSoon()).isTrue();
        assertThat(may.overdue()).isFalse();
        assertThat(TaskSchedule.of(report, 2026, d(2026, 6, 6)).nextDue()).isEqualTo(d(2026, 9, 5));
        TaskSchedule after = TaskSchedule.of(report, 2026, d(2026, 12, 6));
        assertThat(after.overdue()).isTrue();
        assertThat(after.nextDue()).isEqualTo(d(2026, 12, 5));
    }

    @Test
    void dueDatesOnDaysOffAreFlagged() {
        WorkingCalendar calendar = WorkingCalendar.computed();
        assertThat(TaskSchedule.of(task("trước 30/5/2026", TaskStatus.NOT_STARTED, null), 2026, d(2026, 5, 1))
                .onDaysOff(calendar)).containsExactly(d(2026, 5, 30)); // a Saturday
        assertThat(TaskSchedule.of(task("trước 02/9/2026", TaskStatus.NOT_STARTED, null), 2026, d(2026, 5, 1))
                .onDaysOff(calendar)).containsExactly(d(2026, 9, 2));  // Quốc khánh
        assertThat(TaskSchedule.of(task("hằng quý, trước ngày 05 tháng cuối của quý", TaskStatus.NOT_STARTED, null), 2026,
                d(2026, 5, 1)).onDaysOff(calendar)).containsExactly(d(2026, 9, 5), d(2026, 12, 5)); // Saturdays
        assertThat(TaskSchedule.of(task("trước 29/5/2026", TaskStatus.NOT_STARTED, null), 2026, d(2026, 5, 1))
                .onDaysOff(calendar)).isEmpty();
    }
}
