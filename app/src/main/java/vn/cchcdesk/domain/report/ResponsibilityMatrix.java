package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskState;

/**
 * The responsibility matrix as printed: tasks grouped by directive down, units across, each cell
 * the unit's role. A print model filled from what the matrix shows (its filters applied).
 *
 * @param asOf  the day the tasks' states are judged on
 * @param shown tasks in it; {@code total} tasks in all (fewer shown: the clerk filtered the matrix)
 */
public record ResponsibilityMatrix(CommuneSettings commune, LocalDate asOf, List<Unit> units, List<Directive> directives,
                                   int shown, int total) {

    /** A directive and its tasks, in the directive's order. */
    public record Directive(DocumentRef ref, List<Line> tasks) {

        public Directive {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A task's row.
     *
     * @param due   the next due date, null without one
     * @param roles one per unit of the matrix, in its order; null where the unit has no part
     */
    public record Line(String task, LocalDate due, TaskState state, List<AssignmentRole> roles) {

        public Line {
            roles = Collections.unmodifiableList(new ArrayList<>(roles));
        }
    }

    public ResponsibilityMatrix {
        Objects.requireNonNull(commune, "commune");
        units = List.copyOf(units);
        directives = List.copyOf(directives);
        for (Directive d : directives) {
            for (Line line : d.tasks()) {
                if (line.roles().size() != units.size()) {
                    throw new IllegalArgumentException("A line has " + line.roles().size() + " roles for " + units.size() + " units");
                }
            }
        }
    }
}
