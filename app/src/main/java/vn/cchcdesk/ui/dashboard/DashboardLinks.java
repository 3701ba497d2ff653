package vn.cchcdesk.ui.dashboard;

import java.time.LocalDate;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.task.TaskState;

/**
 * Where the start screen's bars lead: each opens the list behind it, filtered to what the bar
 * counts (issue 6). The app wires it to the screens; the dashboard knows none of them.
 */
public interface DashboardLinks {

    /** The activities log between two dates (a month of the chart), of one form group. */
    void activities(LocalDate from, LocalDate to, FormGroup group);

    /**
     * The task list: the tasks of a year a unit leads, in one state.
     *
     * @param unitId null for a lead written outside the catalogue: the list is then not filtered by unit
     */
    void unitTasks(Long unitId, int year, TaskState state);

    /** The plan's targets (the tasks screen's Chỉ tiêu tab). */
    void targets();
}
