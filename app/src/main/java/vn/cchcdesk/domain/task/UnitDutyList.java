package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.settings.CommuneSettings;

/**
 * "Việc của đơn vị" as it prints: what one unit owes (as lead, support or requested), what is
 * still open first, soonest due first, then what is done, with each task's directive.
 */
public record UnitDutyList(CommuneSettings commune, Unit unit, String scope, LocalDate asOf, List<Line> lines) {

    public UnitDutyList {
        lines = List.copyOf(lines);
    }

    public record Line(TaskRow row, AssignmentRole role, TaskSchedule schedule) {
    }

    /** The unit's tasks among the rows, in the order the screen lists them. */
    public static UnitDutyList of(CommuneSettings commune, Unit unit, String scope, LocalDate asOf, List<TaskRow> rows) {
        List<Line> lines = rows.stream()
                .filter(r -> r.task().roleOf(unit.id()) != null)
                .map(r -> new Line(r, r.task().roleOf(unit.id()), r.schedule(asOf)))
                .sorted(ORDER)
                .toList();
        return new UnitDutyList(commune, unit, scope, asOf, lines);
    }

    /** Open before done, then by next due date (none last), then as entered. */
    public static final Comparator<Line> ORDER = Comparator
            .comparing((Line l) -> l.schedule().state() == TaskState.DONE)
            .thenComparing(l -> l.schedule().nextDue(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.row().id());
}
