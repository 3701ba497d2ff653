package vn.cchcdesk.store.dashboard;

import java.time.LocalDate;

/**
 * A date the clerk must keep: a task's next due date, the day units send their figures for a
 * period (the internal deadline), or the day the commune's own report goes up.
 *
 * @param taskId   the task, for TASK
 * @param periods  the reporting periods' codes ("2026-Q2", "2026-H1": one date serves both), for the two report deadlines
 * @param text     the task's text, or empty for the report deadlines (the view names them)
 * @param detail   the directive and lead of a task; empty otherwise
 */
public record UpcomingDeadline(Kind kind, LocalDate date, Long taskId, java.util.List<String> periods, String text, String detail) {

    /** Labels are {@code dashboard.deadlineKind.<CONSTANT>}. */
    public enum Kind { TASK, UNIT_SUBMISSIONS, COMMUNE_REPORT }

    public UpcomingDeadline {
        periods = java.util.List.copyOf(periods);
    }
}
