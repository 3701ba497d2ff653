package vn.cchcdesk.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;

/**
 * "Việc của đơn vị": for each unit, everything it owes (as lead, support or requested), open
 * tasks soonest due first and done ones after them, under the board's filters other than the unit one.
 */
public final class UnitDutiesViewModel {

    private final TaskBoardViewModel board;
    private final ObservableList<UnitSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<Duty> duties = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();

    /** A unit in the list, with how much it owes. */
    public record UnitSummary(Unit unit, int tasks, int open, int overdue, int dueSoon) {
    }

    /** A task a unit owes. */
    public record Duty(TaskRow row, AssignmentRole role, TaskSchedule schedule) {
    }

    public UnitDutiesViewModel(TaskBoardViewModel board) {
        this.board = board;
        board.visibleRows().addListener((ListChangeListener<TaskRow>) c -> rebuild());
        board.units().addListener((ListChangeListener<Unit>) c -> rebuild());
        unit.addListener(o -> rebuildDuties());
        rebuild();
    }

    private void rebuild() {
        Predicate<TaskRow> filter = board.filterExceptUnit();
        List<TaskRow> rows = board.allRows().stream().filter(filter).toList();
        List<UnitSummary> list = new ArrayList<>();
        for (Unit u : board.units()) {
            int tasks = 0;
            int open = 0;
            int overdue = 0;
            int soon = 0;
            for (TaskRow row : rows) {
                if (row.task().roleOf(u.id()) != null) {
                    TaskSchedule s = board.schedule(row);
                    tasks++;
                    open += s.state() == vn.cchcdesk.domain.task.TaskState.DONE ? 0 : 1;
                    overdue += s.overdue() ? 1 : 0;
                    soon += s.dueSoon() ? 1 : 0;
                }
            }
            list.add(new UnitSummary(u, tasks, open, overdue, soon));
        }
        summaries.setAll(list);
        if (unit.get() != null && board.units().stream().noneMatch(u -> u.id().equals(unit.get().id()))) {
            unit.set(null);
        }
        if (unit.get() == null && !list.isEmpty()) {
            // the view opens on the first unit rather than on an empty table
            unit.set(list.get(0).unit());
        }
        rebuildDuties();
    }

    private void rebuildDuties() {
        Unit u = unit.get();
        if (u == null) {
            duties.clear();
            return;
        }
        Predicate<TaskRow> filter = board.filterExceptUnit();
        duties.setAll(board.allRows().stream()
                .filter(filter)
                .filter(r -> r.task().roleOf(u.id()) != null)
                // what is still owed first, soonest due first; what is done after it
                .sorted(java.util.Comparator.comparing((TaskRow r) -> board.schedule(r).state() == vn.cchcdesk.domain.task.TaskState.DONE)
                        .thenComparing(TaskBoardViewModel.byNextDue(board)))
                .map(r -> new Duty(r, r.task().roleOf(u.id()), board.schedule(r)))
                .toList());
    }

    public ObservableList<UnitSummary> summaries() {
        return summaries;
    }

    public ObservableList<Duty> duties() {
        return duties;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }
}
