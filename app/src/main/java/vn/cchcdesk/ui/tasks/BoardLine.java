package vn.cchcdesk.ui.tasks;

import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;

/** A line of a task list or of the matrix: a directive heading its tasks, or one task with its schedule. */
public sealed interface BoardLine {

    record Group(DocumentRef directive, int tasks) implements BoardLine {
    }

    record Item(TaskRow row, TaskSchedule schedule) implements BoardLine {

        public long id() {
            return row.id();
        }
    }
}
