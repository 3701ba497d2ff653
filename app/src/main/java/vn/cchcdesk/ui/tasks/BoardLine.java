package vn.cchcdesk.ui.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;

/** A line of a task list or of the matrix: a directive heading its tasks, or one task with its schedule. */
public sealed interface BoardLine {

    /** Tasks grouped under their directives, the directives in the order their first task comes. */
    static List<BoardLine> grouped(List<TaskRow> rows, Function<TaskRow, TaskSchedule> schedule) {
        Map<Long, List<TaskRow>> byDirective = new LinkedHashMap<>();
        for (TaskRow row : rows) {
            byDirective.computeIfAbsent(row.directive().id(), k -> new ArrayList<>()).add(row);
        }
        List<BoardLine> lines = new ArrayList<>(rows.size() + byDirective.size());
        for (List<TaskRow> group : byDirective.values()) {
            lines.add(new Group(group.get(0).directive(), group.size()));
            group.forEach(row -> lines.add(new Item(row, schedule.apply(row))));
        }
        return lines;
    }

    record Group(DocumentRef directive, int tasks) implements BoardLine {
    }

    record Item(TaskRow row, TaskSchedule schedule) implements BoardLine {

        public long id() {
            return row.id();
        }
    }
}
