package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.calendar.HolidayService;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.plan.PlanTargetService;
import vn.cchcdesk.store.task.TaskService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Nhiệm vụ & phân công: the tasks of every directive with their form, the responsibility matrix,
 * what each unit owes, the plans' targets, and the holiday list deadlines are checked against.
 */
public final class TasksScreen implements Screen {

    private final UiContext ui;
    private final vn.cchcdesk.store.settings.SettingsService settings;
    private final TaskService tasks;
    private final TaskBoardViewModel board;
    private final TaskFormViewModel form;
    private final MatrixViewModel matrix;
    private final UnitDutiesViewModel duties;
    private final PlanTargetsViewModel targets;
    private final HolidaysViewModel holidays;
    private TabPane tabs;
    /** Filters or a tab asked for from elsewhere, applied when the list has been read. */
    private Runnable pendingFilters;
    private TaskListView list;
    private Long pendingTask;
    private TaskExportViewModel export;

    public TasksScreen(TaskService tasks, CatalogService catalog, HolidayService holidayService, PlanTargetService planTargets,
                       UiContext ui) {
        this(tasks, catalog, holidayService, planTargets, ui, null);
    }

    /** @param settings the commune's header for In ma trận… (null: the matrix has no print button) */
    public TasksScreen(TaskService tasks, CatalogService catalog, HolidayService holidayService, PlanTargetService planTargets,
                       UiContext ui, vn.cchcdesk.store.settings.SettingsService settings) {
        this.settings = settings;
        this.ui = ui;
        this.tasks = tasks;
        this.board = new TaskBoardViewModel(tasks, catalog, holidayService, ui);
        this.form = new TaskFormViewModel(tasks, ui, board);
        this.matrix = new MatrixViewModel(board);
        this.duties = new UnitDutiesViewModel(board);
        this.targets = new PlanTargetsViewModel(planTargets, catalog, ui);
        this.holidays = new HolidaysViewModel(holidayService, ui, board::load);
        form.setOnSaved(saved -> board.load(() -> list.select(saved.task().id())));
        form.setOnDeleted(id -> board.load());
    }

    @Override
    public String id() {
        return "tasks";
    }

    @Override
    public String titleKey() {
        return "shell.nav.tasks";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CLIPBOARD_CHECK_OUTLINE;
    }

    @Override
    public Node view() {
        list = new TaskListView(board, form);
        tabs = new TabPane(
                tab("tasks.tab.list", () -> list),
                tab("tasks.tab.matrix", () -> withExport(new MatrixView(matrix, board,
                        settings == null ? null : () -> MatrixPrinting.preview(ui, matrix, board, settings), this::reveal))),
                tab("tasks.tab.duties", () -> withExport(new UnitDutiesView(duties, board, this::reveal))),
                tab("tasks.tab.targets", () -> new PlanTargetsView(targets, board::today)),
                tab("tasks.tab.holidays", () -> new HolidaysView(holidays)));
        tabs.setId("taskTabs");
        tabs.getTabs().get(0).setContent(list);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        FilterBar filters = new FilterBar(board);
        // the filters belong to the first three tabs
        filters.visibleProperty().bind(tabs.getSelectionModel().selectedIndexProperty().lessThan(3));
        filters.managedProperty().bind(filters.visibleProperty());
        VBox top = new VBox(10, header(), filters);
        top.setPadding(new Insets(16, 16, 4, 16));
        BorderPane root = new BorderPane(tabs);
        BorderPane.setMargin(tabs, new Insets(0, 16, 8, 16));
        root.setTop(top);
        root.setId("tasksView");
        return root;
    }

    private Node header() {
        Label title = new Label(Messages.get("shell.nav.tasks"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label shown = new Label();
        shown.setId("taskCountShown");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("tasks.header.shown",
                board.visibleRows().size(), board.allRows().size()), board.visibleRows(), board.allRows()));
        Label overdue = chip("taskCountOverdue", "state-overdue");
        overdue.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("tasks.header.overdue", board.overdueProperty().get()),
                board.overdueProperty()));
        Label soon = chip("taskCountSoon", "state-due-soon");
        soon.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("tasks.header.soon", board.dueSoonProperty().get()),
                board.dueSoonProperty()));
        Label done = chip("taskCountDone", "state-done");
        done.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("tasks.header.done", board.doneProperty().get()),
                board.doneProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, title, shown, grow, overdue, soon, done);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Label chip(String id, String style) {
        Label chip = new Label();
        chip.setId(id);
        chip.getStyleClass().addAll("state-chip", "header-chip", style);
        return chip;
    }

    /** A tab whose content is built the first time it is shown: the screen opens on the list without waiting for the matrix. */
    private static Tab tab(String titleKey, java.util.function.Supplier<Node> content) {
        Tab tab = new Tab(Messages.get(titleKey));
        tab.setId(titleKey.replace('.', '-'));
        Runnable build = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                build.run();
            }
        });
        if (tab.isSelected()) {
            build.run();
        }
        return tab;
    }

    /** Gives the screen what Xuất Excel… needs: the commune's settings for the header, a viewer to show the file. */
    public void exports(SettingsService settings, FileViewer viewer) {
        this.export = new TaskExportViewModel(settings, ExportTarget.viewer(viewer), ui, board);
    }

    private MatrixView withExport(MatrixView view) {
        if (export != null) {
            view.addTool(exportButton("matrixExport", () -> ExportTarget.chooser()
                    .choose(ui.owner(), export.matrixFileName()).ifPresent(export::exportMatrix)));
        }
        return view;
    }

    private UnitDutiesView withExport(UnitDutiesView view) {
        if (export != null) {
            javafx.scene.control.Button button = exportButton("dutiesExport", () -> {
                var unit = duties.unitProperty().get();
                if (unit == null) {
                    ui.say(Messages.get("tasks.export.noUnit"));
                    return;
                }
                ExportTarget.chooser().choose(ui.owner(), export.dutiesFileName(unit)).ifPresent(file -> export.exportDuties(unit, file));
            });
            button.disableProperty().bind(export.busyProperty().or(duties.unitProperty().isNull()));
            view.addTool(button);
        }
        return view;
    }

    private javafx.scene.control.Button exportButton(String id, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(Messages.get("tasks.export.button"),
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_EXCEL_OUTLINE));
        button.setId(id);
        button.setMinWidth(javafx.scene.control.Button.USE_PREF_SIZE);
        button.disableProperty().bind(export.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public void onShow() {
        ui.runner().task(p -> tasks.documents()).onSuccess(form::setDocuments).start();
        board.load(this::showPendingFilters);
        targets.load();
        holidays.load();
    }

    /** Opens the task list on one task (the start screen's lists link here). */
    public void reveal(long taskId) {
        pendingTask = taskId;
        if (list != null && board.row(taskId).isPresent()) {
            showPending();
        }
    }

    private void showPending() {
        Long id = pendingTask;
        if (id == null || list == null) {
            return;
        }
        pendingTask = null;
        tabs.getSelectionModel().select(0);
        if (board.visibleRows().stream().noneMatch(r -> r.id() == id)) {
            board.clearFilters();
        }
        list.select(id);
    }

    /**
     * Opens the task list on the tasks of a year a unit leads, in one state (the start screen's
     * units chart links here); the filters are set once the list is read, as the units come with it.
     *
     * @param unitId null for a lead written outside the catalogue: no unit filter then
     */
    public void showUnit(Long unitId, int year, vn.cchcdesk.domain.task.TaskState state) {
        pendingFilters = () -> {
            board.clearFilters();
            board.yearProperty().set(year);
            board.roleProperty().set(vn.cchcdesk.domain.task.AssignmentRole.LEAD);
            board.units().stream().filter(u -> u.id().equals(unitId)).findFirst().ifPresent(board.unitProperty()::set);
            board.statusProperty().set(switch (state) {
                case NOT_STARTED -> StatusFilter.NOT_STARTED;
                case IN_PROGRESS -> StatusFilter.IN_PROGRESS;
                case DONE -> StatusFilter.DONE;
                case OVERDUE -> StatusFilter.OVERDUE;
            });
            if (tabs != null) {
                tabs.getSelectionModel().select(0);
            }
        };
    }

    /** Opens the screen on its Chỉ tiêu tab (the start screen's targets chart links here). */
    public void showTargets() {
        pendingFilters = () -> {
            if (tabs != null) {
                tabs.getTabs().stream().filter(t -> "tasks-tab-targets".equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            }
        };
    }

    private void showPendingFilters() {
        Runnable filters = pendingFilters;
        pendingFilters = null;
        if (filters != null) {
            filters.run();
        }
        showPending();
    }
}
