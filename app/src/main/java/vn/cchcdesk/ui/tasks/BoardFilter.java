package vn.cchcdesk.ui.tasks;

import java.util.function.Function;
import java.util.function.Predicate;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * The task board's filters as chosen at one moment (any of them null: not filtered), as a test of
 * a task: the list, the matrix and the export read the same one, the units' view all but the unit.
 *
 * @param query words to find in the task's folded text (accents and đ folded), all of them
 */
record BoardFilter(DocumentRef directive, Integer year, Unit unit, AssignmentRole role, StatusFilter status, String query) {

    BoardFilter {
        query = query == null ? "" : query;
    }

    /** Every filter; {@code folded} gives a task's searchable text by its id. */
    Predicate<TaskRow> all(Function<TaskRow, TaskSchedule> schedule, Function<Long, String> folded) {
        Predicate<TaskRow> rest = exceptUnit(schedule, folded);
        return row -> rest.test(row) && hasRole(row.task(), unit, role);
    }

    Predicate<TaskRow> exceptUnit(Function<TaskRow, TaskSchedule> schedule, Function<Long, String> folded) {
        return row -> (directive == null || row.directive().id() == directive.id())
                && (year == null || row.year() == year)
                && (status == null || matches(schedule.apply(row), status))
                && (query.isBlank() || VietnameseText.matchesAllWords(folded.apply(row.id()), query));
    }

    private static boolean hasRole(Task task, Unit u, AssignmentRole r) {
        if (u == null) {
            return r == null || task.assignments().stream().anyMatch(a -> a.role() == r);
        }
        AssignmentRole actual = task.roleOf(u.id());
        return actual != null && (r == null || actual == r);
    }

    private static boolean matches(TaskSchedule s, StatusFilter filter) {
        return switch (filter) {
            case NOT_STARTED -> s.state() == TaskState.NOT_STARTED;
            case IN_PROGRESS -> s.state() == TaskState.IN_PROGRESS;
            case DONE -> s.state() == TaskState.DONE;
            case OVERDUE -> s.overdue();
            case DUE_SOON -> s.dueSoon();
        };
    }
}
