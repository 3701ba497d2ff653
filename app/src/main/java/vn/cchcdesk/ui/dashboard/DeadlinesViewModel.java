package vn.cchcdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.store.calendar.HolidayService;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.task.TaskService;
import vn.cchcdesk.ui.common.UiContext;

/** The tasks that are overdue (most recently missed first) and those due in the next 7 days (soonest first), as of today. */
public final class DeadlinesViewModel {

    private final TaskService tasks;
    private final HolidayService holidays;
    private final CatalogService catalog;
    private final UiContext ui;
    private final Map<Long, String> shortNames = new HashMap<>();
    private final ObservableList<Deadline> overdue = FXCollections.observableArrayList();
    private final ObservableList<Deadline> dueSoon = FXCollections.observableArrayList();
    private final IntegerProperty open = new SimpleIntegerProperty();
    private final IntegerProperty done = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private WorkingCalendar calendar = WorkingCalendar.computed();

    /** A task with where it stands today. */
    public record Deadline(TaskRow row, TaskSchedule schedule) {
    }

    private record Loaded(List<TaskRow> rows, WorkingCalendar calendar, List<Unit> units) {
    }

    public DeadlinesViewModel(TaskService tasks, HolidayService holidays, CatalogService catalog, UiContext ui) {
        this.tasks = tasks;
        this.holidays = holidays;
        this.catalog = catalog;
        this.ui = ui;
    }

    public void load() {
        LocalDate today = LocalDate.now(ui.clock());
        ui.runner().task(p -> new Loaded(tasks.rows(), holidays.calendar(), catalog.units()))
                .onSuccess(loaded -> {
                    shortNames.clear();
                    loaded.units().forEach(u -> shortNames.put(u.id(), u.shortName() != null ? u.shortName() : u.name()));
                    apply(loaded.rows(), loaded.calendar(), today);
                })
                .start();
    }

    private void apply(List<TaskRow> rows, WorkingCalendar cal, LocalDate today) {
        calendar = cal;
        asOf.set(today);
        List<Deadline> all = rows.stream().map(r -> new Deadline(r, r.schedule(today))).toList();
        // the deadline just missed first: it is the one still worth chasing
        overdue.setAll(all.stream().filter(d -> d.schedule().overdue())
                .sorted(Comparator.comparing((Deadline d) -> d.schedule().nextDue()).reversed().thenComparing(d -> d.row().id())).toList());
        dueSoon.setAll(all.stream().filter(d -> d.schedule().dueSoon())
                .sorted(Comparator.comparing((Deadline d) -> d.schedule().nextDue()).thenComparing(d -> d.row().id())).toList());
        total.set(all.size());
        done.set((int) all.stream().filter(d -> d.schedule().state() == TaskState.DONE).count());
        open.set(total.get() - done.get());
    }

    /** The units leading a task, by short name ("VHXH"); a body outside the catalogue as written. */
    public String leadOf(Deadline deadline) {
        return deadline.row().task().assignments(AssignmentRole.LEAD).stream()
                .map(a -> a.unitId() != null && shortNames.containsKey(a.unitId()) ? shortNames.get(a.unitId()) : a.unitText())
                .collect(Collectors.joining(", "));
    }

    public ObservableList<Deadline> overdue() {
        return overdue;
    }

    public ObservableList<Deadline> dueSoon() {
        return dueSoon;
    }

    public IntegerProperty openProperty() {
        return open;
    }

    public IntegerProperty doneProperty() {
        return done;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
