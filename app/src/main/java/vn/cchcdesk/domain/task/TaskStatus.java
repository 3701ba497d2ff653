package vn.cchcdesk.domain.task;

/** The stored status of a task. "Overdue" is never stored: it is derived from the due date and today. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
