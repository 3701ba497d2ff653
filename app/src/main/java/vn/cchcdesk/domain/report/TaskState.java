package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import vn.cchcdesk.domain.task.TaskStatus;

/**
 * Where a task stood on a day, as a report states it. "Overdue" is derived, never stored: a task
 * not done by that day whose deadline has passed.
 */
public enum TaskState {
    DONE, IN_PROGRESS, NOT_STARTED, OVERDUE;

    /**
     * @param deadline the due date, else the end of the period it runs in; null for periodic tasks
     *                 and tasks without a time frame, which are never overdue
     * @param asOf     the day judged: the cut-off, or today before it
     */
    public static TaskState at(TaskStatus status, LocalDate completedOn, LocalDate deadline, LocalDate asOf) {
        if (status == TaskStatus.DONE && completedOn != null && !completedOn.isAfter(asOf)) {
            return DONE;
        }
        if (deadline != null && deadline.isBefore(asOf)) {
            return OVERDUE;
        }
        // done after the day judged: it was still being worked on then
        return status == TaskStatus.NOT_STARTED ? NOT_STARTED : IN_PROGRESS;
    }

    /**
     * Whether a report of a span follows a task: its directive had arrived (or was issued) by
     * the span's end, and it was not already finished before the span began. Open tasks of older
     * directives stay on the list until they are done.
     *
     * @param directiveDate arrival date of an incoming directive, else its issue date; null when unknown
     */
    public static boolean followedIn(DateRange span, LocalDate directiveDate, TaskStatus status, LocalDate completedOn) {
        if (directiveDate != null && directiveDate.isAfter(span.to())) {
            return false;
        }
        return status != TaskStatus.DONE || completedOn == null || !completedOn.isBefore(span.from());
    }

    /** In progress and not yet started both count as "đang thực hiện" in the totals. */
    public boolean isOpenInTime() {
        return this == IN_PROGRESS || this == NOT_STARTED;
    }
}
