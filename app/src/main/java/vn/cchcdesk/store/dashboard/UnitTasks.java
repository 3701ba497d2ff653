package vn.cchcdesk.store.dashboard;

/**
 * A unit's tasks of a year where it leads (chủ trì), by where they stand today.
 *
 * @param unitId null for a lead written outside the catalogue
 */
public record UnitTasks(Long unitId, String unit, int done, int inProgress, int notStarted, int overdue) {

    public int total() {
        return done + inProgress + notStarted + overdue;
    }
}
