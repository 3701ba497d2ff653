package vn.cchcdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.cchcdesk.domain.plan.TargetStatus;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.dashboard.DashboardFigures;
import vn.cchcdesk.store.dashboard.UnitTasks;
import vn.cchcdesk.store.dashboard.UpcomingDeadline;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The start screen's charts for a year: activities per month by form group, the plan's targets
 * by status, the tasks each unit leads by state, and the dates coming up. Each one opens the list
 * behind it, filtered to what was clicked (through {@link DashboardLinks}): the month's activities
 * of a group, a unit's tasks in a state, the plan's targets, a task itself, the submissions board,
 * the reports.
 */
public final class ChartsSection implements DashboardSection {

    private final ChartsViewModel model;
    private final UiContext ui;
    private final Consumer<Long> openTask;
    private final DashboardLinks links;
    private final StackPane activities = new StackPane();
    private final StackPane targets = new StackPane();
    private final StackPane tasks = new StackPane();
    private final VBox upcoming = new VBox(6);
    private final Label activitiesNote = note("activitiesNote");
    private final Label targetsNote = note("targetsNote");
    private final Label tasksNote = note("tasksNote");

    public ChartsSection(ChartsViewModel model, UiContext ui, Consumer<Long> openTask, DashboardLinks links) {
        this.model = model;
        this.ui = ui;
        this.openTask = openTask;
        this.links = links;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get("dashboard.charts.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("dashboardYear");
        year.setValue(model.yearProperty().get());
        year.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.yearProperty().set(is);
            }
        });
        Label yearLabel = new Label(Messages.get("dashboard.charts.year"));
        yearLabel.setLabelFor(year);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, title, grow, yearLabel, year);
        header.setAlignment(Pos.CENTER_LEFT);

        upcoming.setId("upcomingList");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(62);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(38);
        grid.getColumnConstraints().addAll(wide, narrow);
        grid.add(card("dashboard.activities.title", activitiesNote, activities), 0, 0);
        grid.add(card("dashboard.targets.title", targetsNote, targets), 1, 0);
        grid.add(card("dashboard.tasks.title", tasksNote, tasks), 0, 1);
        grid.add(card("dashboard.upcoming.title", note("upcomingNote"), upcoming), 1, 1);

        model.figuresProperty().addListener((o, was, is) -> show(is));
        // until the first figures arrive (a second or so on a large folder), say so rather than show empty cards
        for (StackPane pane : new StackPane[] {activities, targets, tasks}) {
            pane.getChildren().setAll(empty(Messages.get("dashboard.charts.loading")));
        }
        VBox box = new VBox(12, header, grid);
        box.setId("chartsSection");
        return box;
    }

    @Override
    public void refresh() {
        model.load();
    }

    private void show(DashboardFigures f) {
        if (f == null) {
            return;
        }
        int year = f.year();
        int total = f.activities().total();
        activitiesNote.setText(Messages.get("dashboard.activities.note", Formats.integer(total), year));
        activities.getChildren().setAll(total == 0 ? empty(Messages.get("dashboard.activities.empty", year))
                : Charts.activities(f.activities(), (month, group) -> {
                    LocalDate first = LocalDate.of(year, month, 1);
                    links.activities(first, first.withDayOfMonth(first.lengthOfMonth()), group);
                }));

        int set = f.targets().values().stream().mapToInt(Integer::intValue).sum();
        targetsNote.setText(set == 0 ? Messages.get("dashboard.targets.none", year)
                : Messages.get("dashboard.targets.note", Formats.integer(f.targets(TargetStatus.MET)), Formats.integer(set),
                Formats.integer(f.targets(TargetStatus.AT_RISK) + f.targets(TargetStatus.BEHIND))));
        targets.getChildren().setAll(set == 0 ? empty(Messages.get("dashboard.targets.empty"))
                : Charts.targets(f.targets(), links::targets));

        int led = f.tasks().stream().mapToInt(UnitTasks::total).sum();
        int overdue = f.tasks().stream().mapToInt(UnitTasks::overdue).sum();
        tasksNote.setText(Messages.get("dashboard.tasks.note", Formats.integer(led), Formats.integer(overdue), year));
        tasks.getChildren().setAll(f.tasks().isEmpty() ? empty(Messages.get("dashboard.tasks.empty", year))
                : Charts.tasks(f.tasks(), (unit, series) -> links.unitTasks(unit.unitId(), year, Charts.TASK_STATES[series])));

        UpcomingList.fill(upcoming, f.upcoming(), LocalDate.now(ui.clock()), this::open);
    }

    private void open(UpcomingDeadline d) {
        switch (d.kind()) {
            case TASK -> openTask.accept(d.taskId());
            case UNIT_SUBMISSIONS -> ui.navigate("collect");
            case COMMUNE_REPORT -> ui.navigate("reports");
        }
    }

    private static Node card(String titleKey, Label note, Node content) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(4, title, note, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        card.getStyleClass().addAll("dashboard-card", "chart-card");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    private static Label note(String id) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        return note;
    }

    private static Node empty(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        StackPane pane = new StackPane(label);
        pane.setMinHeight(120);
        return pane;
    }
}
