package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.cchcdesk.domain.calendar.WorkingCalendar;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskSchedule;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.calendar.HolidayService;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.task.TaskService;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Every live task with its schedule as of the day it was loaded, and the filters the task list,
 * the matrix and the units' view share: directive, year, unit, role, status (overdue and due soon
 * included), and words of the text.
 */
public final class TaskBoardViewModel {

    private final TaskService tasks;
    private final CatalogService catalog;
    private final HolidayService holidays;
    private final UiContext ui;

    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TaskRow> visible = new FilteredList<>(rows);
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<DocumentRef> directives = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final Map<Long, TaskSchedule> schedules = new HashMap<>();
    private final Map<Long, String> folded = new HashMap<>();

    private final ObjectProperty<DocumentRef> directive = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<AssignmentRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private final IntegerProperty dueSoon = new SimpleIntegerProperty();
    private final IntegerProperty done = new SimpleIntegerProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private WorkingCalendar calendar = WorkingCalendar.computed();

    public TaskBoardViewModel(TaskService tasks, CatalogService catalog, HolidayService holidays, UiContext ui) {
        this.tasks = tasks;
        this.catalog = catalog;
        this.holidays = holidays;
        this.ui = ui;
        directive.addListener(o -> refilter());
        year.addListener(o -> refilter());
        unit.addListener(o -> refilter());
        role.addListener(o -> refilter());
        status.addListener(o -> refilter());
        search.addListener(o -> refilter());
        asOf.set(today());
    }

    /** What a load reads, off the FX thread. */
    public record Loaded(List<TaskRow> rows, List<Unit> units, WorkingCalendar calendar) {
    }

    /** Reads everything again; the schedules are computed for today by the injected clock. */
    public void load() {
        load(() -> { });
    }

    public void load(Runnable then) {
        loading.set(true);
        ui.runner().task(p -> new Loaded(tasks.rows(), catalog.units(), holidays.calendar()))
                .onSuccess(loaded -> {
                    apply(loaded);
                    then.run();
                })
                .onFinished(() -> loading.set(false))
                .start();
    }

    void apply(Loaded loaded) {
        calendar = loaded.calendar();
        asOf.set(today());
        schedules.clear();
        folded.clear();
        loaded.rows().forEach(this::index);
        List<Unit> shown = loaded.units().stream()
                .filter(u -> u.active() || loaded.rows().stream().anyMatch(r -> r.task().roleOf(u.id()) != null))
                .toList();
        units.setAll(shown);
        Map<Long, DocumentRef> byId = new LinkedHashMap<>();
        loaded.rows().forEach(r -> byId.putIfAbsent(r.directive().id(), r.directive()));
        directives.setAll(byId.values());
        years.setAll(new TreeSet<>(loaded.rows().stream().map(TaskRow::year).toList()).descendingSet());
        keepIfPresent(directive, directives);
        keepIfPresent(unit, units);
        rows.setAll(loaded.rows());
        refilter();
    }

    private static <T> void keepIfPresent(ObjectProperty<T> property, List<T> options) {
        if (property.get() != null && !options.contains(property.get())) {
            property.set(null);
        }
    }

    private void index(TaskRow row) {
        schedules.put(row.id(), row.schedule(asOf.get()));
        folded.put(row.id(), VietnameseText.fold(row.task().text() + " " + (row.task().section() == null ? "" : row.task().section())
                + " " + row.directive().label() + " " + row.directive().summary()));
    }

    /** Puts a task saved elsewhere (the matrix, the form) in place of its old row, keeping its counts. */
    public void replace(Task task) {
        for (int i = 0; i < rows.size(); i++) {
            TaskRow old = rows.get(i);
            if (old.id() == task.id()) {
                TaskRow row = new TaskRow(task, old.directive(), old.year(), old.notes(), old.evidence(), old.activities());
                index(row);
                rows.set(i, row);
                counts();
                return;
            }
        }
    }

    private void refilter() {
        visible.setPredicate(filter());
        counts();
    }

    private void counts() {
        int late = 0;
        int soon = 0;
        int finished = 0;
        for (TaskRow row : visible) {
            TaskSchedule s = schedule(row);
            late += s.overdue() ? 1 : 0;
            soon += s.dueSoon() ? 1 : 0;
            finished += s.state() == TaskState.DONE ? 1 : 0;
        }
        overdue.set(late);
        dueSoon.set(soon);
        done.set(finished);
    }

    /** The filters without the unit one: the units' view shows a unit's tasks whatever unit is filtered. */
    Predicate<TaskRow> filterExceptUnit() {
        return filters().exceptUnit(this::schedule, id -> folded.getOrDefault(id, ""));
    }

    private Predicate<TaskRow> filter() {
        return filters().all(this::schedule, id -> folded.getOrDefault(id, ""));
    }

    private BoardFilter filters() {
        return new BoardFilter(directive.get(), year.get(), unit.get(), role.get(), status.get(), search.get());
    }

    /** The visible tasks grouped under their directives, in directive order. */
    public List<BoardLine> lines() {
        return BoardLine.grouped(visible, this::schedule);
    }

    public TaskSchedule schedule(TaskRow row) {
        return schedules.computeIfAbsent(row.id(), id -> row.schedule(asOf.get()));
    }

    public Optional<TaskRow> row(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** A task's units of a role, by short name ("VHXH, CA"). */
    public String unitsWith(Task task, AssignmentRole r) {
        List<String> names = new ArrayList<>();
        for (Assignment a : task.assignments(r)) {
            names.add(shortName(a));
        }
        return String.join(", ", names);
    }

    String shortName(Assignment a) {
        if (a.unitId() != null) {
            for (Unit u : units) {
                if (Objects.equals(u.id(), a.unitId())) {
                    return u.shortName() != null ? u.shortName() : u.name();
                }
            }
        }
        return a.unitText();
    }

    public void clearFilters() {
        directive.set(null);
        year.set(null);
        unit.set(null);
        role.set(null);
        status.set(null);
        search.set("");
    }

    public LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Units in the clerk's order, for the matrix's columns. */
    public ObservableList<Unit> units() {
        return units;
    }

    public ObservableList<TaskRow> visibleRows() {
        return visible;
    }

    public ObservableList<TaskRow> allRows() {
        return rows;
    }

    public ObservableList<DocumentRef> directives() {
        return directives;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<DocumentRef> directiveProperty() {
        return directive;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<AssignmentRole> roleProperty() {
        return role;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public IntegerProperty overdueProperty() {
        return overdue;
    }

    public IntegerProperty dueSoonProperty() {
        return dueSoon;
    }

    public IntegerProperty doneProperty() {
        return done;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    UiContext ui() {
        return ui;
    }

    TaskService service() {
        return tasks;
    }

    static Comparator<TaskRow> byNextDue(TaskBoardViewModel board) {
        return Comparator.comparing((TaskRow r) -> board.schedule(r).nextDue(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskRow::id);
    }
}
