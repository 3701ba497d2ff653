package vn.cchcdesk.domain.task;

/** How often a periodic task falls due. */
public enum Recurrence {
    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
}
