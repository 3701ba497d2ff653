package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.cchcdesk.domain.calendar.WorkingCalendar;

/**
 * Where a task stands against its due dates on a given day. Derived from the time frame, the
 * stored status and today's date every time it is shown, so it is never stale.
 *
 * <p>A task is overdue when it is not done and its last due date is before today. A periodic task
 * (a quarterly report) therefore becomes overdue only once its last deadline of the year has
 * passed; until then its next deadline is what the clerk watches ("due soon").
 *
 * @param dueDates every due date, in order
 * @param nextDue  the first due date on or after today, else the last one; null without due dates
 * @param state    the status shown: stored status, or OVERDUE
 * @param dueSoon  not done, not overdue, and nextDue within {@value #SOON_DAYS} days from today
 */
public record TaskSchedule(List<LocalDate> dueDates, LocalDate nextDue, TaskState state, boolean dueSoon,
                           boolean completedLate) {

    /** "Due in the next 7 days": today and the seven days after it. */
    public static final int SOON_DAYS = 7;

    public TaskSchedule {
        dueDates = List.copyOf(dueDates);
    }

    public static TaskSchedule of(Task task, int year, LocalDate today) {
        List<LocalDate> dates = DueDates.of(task.timeframe(), year);
        LocalDate last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        LocalDate next = dates.stream().filter(d -> !d.isBefore(today)).findFirst().orElse(last);
        boolean done = task.status() == TaskStatus.DONE;
        boolean overdue = !done && last != null && last.isBefore(today);
        TaskState state = overdue ? TaskState.OVERDUE : switch (task.status()) {
            case NOT_STARTED -> TaskState.NOT_STARTED;
            case IN_PROGRESS -> TaskState.IN_PROGRESS;
            case DONE -> TaskState.DONE;
        };
        boolean soon = !done && !overdue && next != null && !next.isAfter(today.plusDays(SOON_DAYS));
        boolean late = done && last != null && task.completedOn() != null && task.completedOn().isAfter(last);
        return new TaskSchedule(dates, next, state, soon, late);
    }

    public boolean overdue() {
        return state == TaskState.OVERDUE;
    }

    /** Days since the last due date passed (0 when not overdue). */
    public long daysLate(LocalDate today) {
        return overdue() ? ChronoUnit.DAYS.between(dueDates.get(dueDates.size() - 1), today) : 0;
    }

    /** Days from today to the next due date (negative when it has passed). */
    public long daysLeft(LocalDate today) {
        return nextDue == null ? 0 : ChronoUnit.DAYS.between(today, nextDue);
    }

    /** The due dates that fall on a weekend or a holiday: flagged for the clerk to check. */
    public List<LocalDate> onDaysOff(WorkingCalendar calendar) {
        return dueDates.stream().filter(calendar::isDayOff).toList();
    }
}
