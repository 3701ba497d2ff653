package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.tasks.UnitDutiesViewModel.Duty;
import vn.cchcdesk.ui.tasks.UnitDutiesViewModel.UnitSummary;

/** "Việc của đơn vị": the units with what they owe on the left, the chosen unit's tasks on the right. */
final class UnitDutiesView extends SplitPane {

    UnitDutiesView(UnitDutiesViewModel duties, TaskBoardViewModel board, Consumer<Long> openTask) {
        setId("unitDutiesView");
        ListView<UnitSummary> units = new ListView<>(duties.summaries());
        units.setId("dutyUnits");
        units.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(UnitSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(s.unit().name());
                name.getStyleClass().add("duty-unit-name");
                name.setMinWidth(0);
                name.setTooltip(new Tooltip(s.unit().name()));
                Label counts = new Label(Messages.get("tasks.duties.counts", s.tasks(), s.open()));
                counts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                HBox badges = new HBox(4);
                if (s.overdue() > 0) {
                    badges.getChildren().add(badge(Messages.get("tasks.duties.overdue", s.overdue()), "state-overdue"));
                }
                if (s.dueSoon() > 0) {
                    badges.getChildren().add(badge(Messages.get("tasks.duties.soon", s.dueSoon()), "state-due-soon"));
                }
                // the counts read whole on their own line, the badges under them: beside the counts they
                // cut them ("7/… việc chưa xong") in a list a quarter of the window wide
                VBox line = new VBox(2, name, counts);
                if (!badges.getChildren().isEmpty()) {
                    line.getChildren().add(badges);
                }
                // as wide as the list, so the badges stay in view and long names end in "…"
                line.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
                line.prefWidthProperty().bind(line.maxWidthProperty());
                setGraphic(line);
            }
        });
        units.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                duties.unitProperty().set(s.unit());
            }
        });
        Runnable follow = () -> {
            var unit = duties.unitProperty().get();
            var shown = units.getSelectionModel().getSelectedItem();
            if (unit != null && (shown == null || !shown.unit().id().equals(unit.id()))) {
                duties.summaries().stream().filter(s -> s.unit().id().equals(unit.id())).findFirst()
                        .ifPresent(s -> units.getSelectionModel().select(s));
            }
        };
        duties.unitProperty().addListener(o -> follow.run());
        duties.summaries().addListener((javafx.collections.ListChangeListener<UnitSummary>) c -> follow.run());
        follow.run();

        TableView<Duty> table = new TableView<>(duties.duties());
        table.setId("dutyTable");
        table.setPlaceholder(new Label(Messages.get("tasks.duties.pick")));
        table.getColumns().add(Columns.text("tasks.duties.directive", d -> d.row().directive().number() == null
                ? d.row().directive().label() : d.row().directive().number().format()));
        TableColumn<Duty, String> text = Columns.text("tasks.list.task", d -> d.row().task().text());
        text.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                Label label = empty || value == null ? null : new Label(value);
                if (label != null) {
                    label.setWrapText(true);
                    label.setMaxWidth(Math.max(100, getTableColumn().getWidth() - 16));
                }
                setGraphic(label);
                setText(null);
            }
        });
        table.getColumns().add(text);
        table.getColumns().add(Columns.text("tasks.duties.role", d -> TaskLabels.role(d.role())));
        TableColumn<Duty, Duty> due = new TableColumn<>(Messages.get("tasks.list.due"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        due.setSortable(false);
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Duty d, boolean empty) {
                super.updateItem(d, empty);
                setGraphic(empty || d == null ? null : BoardCells.due(d.schedule(), board.asOfProperty().get(), board.calendar()));
            }
        });
        table.getColumns().add(due);
        TableColumn<Duty, Duty> state = new TableColumn<>(Messages.get("tasks.list.state"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setSortable(false);
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Duty d, boolean empty) {
                super.updateItem(d, empty);
                setGraphic(empty || d == null ? null : BoardCells.stateChip(d.schedule()));
            }
        });
        table.getColumns().add(state);
        Columns.weights(table, 1.5, 4.2, 1.1, 1.8, 1.6);
        table.getColumns().get(0).setMinWidth(104);
        table.getColumns().get(2).setMinWidth(84);
        due.setMinWidth(138);
        state.setMinWidth(132);
        table.setRowFactory(t -> {
            TableRow<Duty> row = new TableRow<>() {
                @Override
                protected void updateItem(Duty d, boolean empty) {
                    super.updateItem(d, empty);
                    getStyleClass().removeAll("row-overdue", "row-due-soon");
                    if (d != null && !empty && d.schedule().overdue()) {
                        getStyleClass().add("row-overdue");
                    } else if (d != null && !empty && d.schedule().dueSoon()) {
                        getStyleClass().add("row-due-soon");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openTask.accept(row.getItem().row().id());
                }
            });
            return row;
        });
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> duties.unitProperty().get() == null
                ? Messages.get("tasks.duties.title") : duties.unitProperty().get().name(), duties.unitProperty()));
        Label hint = new Label(Messages.get("tasks.duties.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox.setVgrow(table, Priority.ALWAYS);
        Region headGrow = new Region();
        HBox.setHgrow(headGrow, Priority.ALWAYS);
        tools = new HBox(8, heading, headGrow);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, tools, hint, table);
        right.setPadding(new Insets(10, 0, 10, 10));
        VBox left = new VBox(units);
        VBox.setVgrow(units, Priority.ALWAYS);
        left.setPadding(new Insets(10, 10, 10, 0));
        getItems().addAll(left, right);
        setDividerPositions(0.27);
    }

    /** The line of the unit's name, for the screen's buttons at its right (Xuất Excel…). */
    private final HBox tools;

    void addTool(javafx.scene.Node tool) {
        tools.getChildren().add(tool);
    }

    private static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("state-chip", style);
        return badge;
    }
}
