package vn.cchcdesk.domain.task;

/** A task's status as the clerk sees it: the stored status, or overdue when its last due date has passed undone. */
public enum TaskState {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE
}
