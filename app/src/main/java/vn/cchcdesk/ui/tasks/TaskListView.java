package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.i18n.Messages;

/** The tasks grouped by directive, overdue and due-soon rows highlighted, with the selected task's form beside. */
final class TaskListView extends SplitPane {

    private final TableView<BoardLine> table = new TableView<>();
    private final TaskBoardViewModel board;
    private final TaskFormViewModel form;

    TaskListView(TaskBoardViewModel board, TaskFormViewModel form) {
        this.board = board;
        this.form = form;
        setId("taskListView");
        table.setId("taskTable");
        table.setPlaceholder(new Label(Messages.get("tasks.list.empty")));
        table.getStyleClass().addAll("task-table", Styles.STRIPED);
        Runnable refresh = () -> table.getItems().setAll(board.lines());
        board.visibleRows().addListener((ListChangeListener<vn.cchcdesk.domain.task.TaskRow>) c -> refresh.run());
        refresh.run();

        TableColumn<BoardLine, BoardLine> text = column("tasks.list.task");
        text.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BoardLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                if (empty || line == null) {
                    setGraphic(null);
                } else if (line instanceof BoardLine.Group group) {
                    setGraphic(BoardCells.groupHeading(group));
                } else {
                    setGraphic(BoardCells.taskText((BoardLine.Item) line, board, getTableColumn().widthProperty()));
                }
            }
        });
        TableColumn<BoardLine, BoardLine> due = column("tasks.list.due");
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BoardLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                setGraphic(empty || line == null ? null : line instanceof BoardLine.Item item
                        ? BoardCells.due(item.schedule(), board.asOfProperty().get(), board.calendar())
                        : BoardCells.groupDate((BoardLine.Group) line));
            }
        });
        TableColumn<BoardLine, BoardLine> state = column("tasks.list.state");
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BoardLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                setGraphic(empty || line == null ? null : line instanceof BoardLine.Item item
                        ? BoardCells.stateChip(item.schedule()) : BoardCells.groupCount((BoardLine.Group) line));
            }
        });
        table.getColumns().setAll(java.util.List.of(text, due, state));
        vn.cchcdesk.ui.common.Columns.weights(table, 5.2, 1.7, 1.7);
        due.setMinWidth(138);
        state.setMinWidth(136);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BoardLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("group-row", "row-overdue", "row-due-soon");
                if (line instanceof BoardLine.Group) {
                    getStyleClass().add("group-row");
                } else if (line instanceof BoardLine.Item item) {
                    if (item.schedule().overdue()) {
                        getStyleClass().add("row-overdue");
                    } else if (item.schedule().dueSoon()) {
                        getStyleClass().add("row-due-soon");
                    }
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line instanceof BoardLine.Item item) {
                form.edit(item.id(), item.row().directive());
            }
        });

        Button add = new Button(Messages.get("tasks.list.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("taskAdd");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            form.startNew(directiveOfSelection());
        });
        Label hint = new Label(Messages.get("tasks.list.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, grow, hint);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, toolbar, table);
        left.setPadding(new Insets(10, 10, 10, 0));

        TaskFormView formView = new TaskFormView(form, board.units());
        formView.setMinWidth(420);
        getItems().addAll(left, formView);
        setDividerPositions(0.56);
    }

    private static TableColumn<BoardLine, BoardLine> column(String titleKey) {
        TableColumn<BoardLine, BoardLine> column = new TableColumn<>(Messages.get(titleKey));
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        return column;
    }

    private DocumentRef directiveOfSelection() {
        BoardLine line = table.getSelectionModel().getSelectedItem();
        if (line instanceof BoardLine.Group group) {
            return group.directive();
        }
        if (line instanceof BoardLine.Item item) {
            return item.row().directive();
        }
        return board.directiveProperty().get();
    }

    /** Selects a task's line (after a save, or when the start screen asks for it). */
    void select(long taskId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i) instanceof BoardLine.Item item && item.id() == taskId) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    TaskFormViewModel form() {
        return form;
    }
}
