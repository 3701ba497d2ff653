package vn.cchcdesk.ui.tasks;

/** What the status filter offers: the stored statuses, and the two derived from the dates. */
public enum StatusFilter {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, DUE_SOON
}
