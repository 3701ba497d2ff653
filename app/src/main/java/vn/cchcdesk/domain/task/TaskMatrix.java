package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.settings.CommuneSettings;

/**
 * The responsibility matrix as it prints: tasks grouped under their directives (in the order
 * given), one column per unit, each task's state as of a day. Built from the rows the screen or
 * the command line has read; the workbook writer and the tests read it.
 *
 * @param scope what the matrix covers, printed under the title ("Năm 2026", a directive)
 * @param asOf  the day the states are computed for (overdue is derived, never stored)
 */
public record TaskMatrix(CommuneSettings commune, String scope, LocalDate asOf, List<Unit> units, List<Group> groups) {

    public TaskMatrix {
        units = List.copyOf(units);
        groups = List.copyOf(groups);
    }

    /** A directive and its tasks, numbered on from the previous group. */
    public record Group(DocumentRef directive, List<Line> lines) {

        public Group {
            lines = List.copyOf(lines);
        }
    }

    /** One task: its number in the table, the task, where it stands on {@link #asOf}. */
    public record Line(int number, Task task, TaskSchedule schedule) {

        public AssignmentRole roleOf(Unit unit) {
            return unit.id() == null ? null : task.roleOf(unit.id());
        }
    }

    /**
     * Groups rows (already in directive order) under their directives; the unit columns are the
     * units given, less inactive ones no task of the matrix names.
     */
    public static TaskMatrix of(CommuneSettings commune, String scope, LocalDate asOf, List<Unit> units, List<TaskRow> rows) {
        Map<Long, List<TaskRow>> byDirective = new LinkedHashMap<>();
        for (TaskRow row : rows) {
            byDirective.computeIfAbsent(row.directive().id(), k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        int number = 0;
        for (List<TaskRow> group : byDirective.values()) {
            List<Line> lines = new ArrayList<>();
            for (TaskRow row : group) {
                lines.add(new Line(++number, row.task(), row.schedule(asOf)));
            }
            groups.add(new Group(group.get(0).directive(), lines));
        }
        List<Unit> columns = units.stream()
                .filter(u -> u.active() || rows.stream().anyMatch(r -> u.id() != null && r.task().roleOf(u.id()) != null))
                .toList();
        return new TaskMatrix(commune, scope, asOf, columns, groups);
    }

    public int taskCount() {
        return groups.stream().mapToInt(g -> g.lines().size()).sum();
    }
}
