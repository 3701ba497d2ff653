package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.i18n.Messages;

/**
 * The matrix on screen: a fixed table of tasks on the left and a table of unit columns on the
 * right that scrolls sideways, kept in step vertically (same row height, same viewport height,
 * scroll bars bound), so the task column and the unit headers stay in view. Type C, P, Đ (or D)
 * in a cell; Delete or Backspace clears it; Ctrl+Z undoes.
 */
final class MatrixView extends VBox {

    static final double ROW_HEIGHT = 30;
    private static final double UNIT_WIDTH = 70;

    private final MatrixViewModel matrix;
    private final TaskBoardViewModel board;
    private final Runnable print;
    private final TableView<BoardLine> tasks = new TableView<>();
    private final TableView<BoardLine> cells = new TableView<>();
    private final Region spacer = new Region();
    private int refocusRow = -1;
    private TableColumn<BoardLine, ?> refocusColumn;

    MatrixView(MatrixViewModel matrix, TaskBoardViewModel board) {
        this(matrix, board, null, id -> { });
    }

    /**
     * @param print    In ma trận… (null: no such button)
     * @param openTask a task double-clicked in the task column, to open in its form
     */
    MatrixView(MatrixViewModel matrix, TaskBoardViewModel board, Runnable print, java.util.function.LongConsumer openTask) {
        this.print = print;
        this.matrix = matrix;
        this.board = board;
        setId("matrixView");
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 0));
        tasks.setId("matrixTasks");
        cells.setId("matrixCells");
        for (TableView<BoardLine> t : List.of(tasks, cells)) {
            t.setItems(matrix.lines());
            t.setFixedCellSize(ROW_HEIGHT);
            t.getStyleClass().addAll("matrix-table", Styles.DENSE);
            t.setPlaceholder(new Label(Messages.get("tasks.list.empty")));
        }
        tasks.getStyleClass().add("matrix-fixed");
        tasks.setRowFactory(v -> {
            MatrixCells.MatrixRow row = new MatrixCells.MatrixRow();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() instanceof BoardLine.Item item) {
                    openTask.accept(item.id());
                }
            });
            return row;
        });
        cells.setRowFactory(v -> new MatrixRoleRow());
        buildTaskColumns();
        buildUnitColumns();
        matrix.units().addListener((ListChangeListener<Unit>) c -> buildUnitColumns());
        cells.getSelectionModel().setCellSelectionEnabled(true);
        cells.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        cells.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        cells.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        matrix.lines().addListener((ListChangeListener<BoardLine>) c -> refocus());
        syncSelection();

        VBox left = new VBox(tasks, spacer);
        left.setMinWidth(420);
        left.setPrefWidth(470);
        left.setMaxWidth(1000);
        VBox.setVgrow(tasks, Priority.ALWAYS);
        // the clerk can drag the task column wider to read long tasks; a bigger window widens the units
        javafx.scene.control.SplitPane grid = new javafx.scene.control.SplitPane(left, cells);
        javafx.scene.control.SplitPane.setResizableWithParent(left, false);
        grid.getStyleClass().add("matrix-grid");
        grid.widthProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (grid.getWidth() > 0) {
                    grid.setDividerPositions(Math.min(0.6, 470 / grid.getWidth()));
                    grid.widthProperty().removeListener(this);
                }
            }
        });
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(toolbar(), grid);
        MatrixScrolling.keepInStep(tasks, cells, spacer);
    }

    private Node toolbar() {
        Label help = new Label(Messages.get("tasks.matrix.help"));
        help.setId("matrixHelp");
        help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        help.setWrapText(true);
        Label colours = new Label(Messages.get("tasks.matrix.colours"));
        colours.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox legend = new HBox(6, colours);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (TaskState state : TaskState.values()) {
            Label chip = new Label(TaskLabels.state(state));
            chip.getStyleClass().addAll("state-chip", TaskLabels.styleOf(state));
            chip.setMinWidth(Label.USE_PREF_SIZE);
            legend.getChildren().add(chip);
        }
        Button undo = new Button(Messages.get("tasks.matrix.undo"), new FontIcon(MaterialDesignU.UNDO));
        undo.setId("matrixUndo");
        undo.setMinWidth(Button.USE_PREF_SIZE);
        undo.disableProperty().bind(matrix.undoableProperty().isEqualTo(0));
        undo.setOnAction(e -> {
            remember();
            matrix.undo();
            cells.requestFocus();
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, legend, grow, undo);
        if (print != null) {
            Button printButton = new Button(Messages.get("print.matrix.open"), new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PRINTER_OUTLINE));
            printButton.setId("matrixPrint");
            printButton.setMinWidth(Button.USE_PREF_SIZE);
            printButton.setOnAction(e -> print.run());
            bar.getChildren().add(printButton);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        tools = bar;
        return new VBox(4, bar, help);
    }

    private void buildTaskColumns() {
        TableColumn<BoardLine, BoardLine> text = new TableColumn<>(Messages.get("tasks.list.task"));
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        text.setSortable(false);
        text.setReorderable(false);
        text.setCellFactory(c -> new MatrixCells.TaskCell(matrix::leadWarning));
        TableColumn<BoardLine, BoardLine> due = new TableColumn<>(Messages.get("tasks.matrix.due"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        due.setSortable(false);
        due.setReorderable(false);
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BoardLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(line instanceof BoardLine.Item item && !empty && item.schedule().nextDue() != null
                        ? vn.cchcdesk.domain.text.Formats.date(item.schedule().nextDue()) : null);
            }
        });
        due.setPrefWidth(102);
        due.setMinWidth(102);
        due.setMaxWidth(102);
        tasks.getColumns().setAll(List.of(text, due));
        tasks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        text.setPrefWidth(360);
    }

    private void buildUnitColumns() {
        List<TableColumn<BoardLine, ?>> columns = new java.util.ArrayList<>();
        for (Unit unit : matrix.units()) {
            TableColumn<BoardLine, AssignmentRole> column = new TableColumn<>();
            Label header = new Label(unit.shortName() != null ? unit.shortName() : unit.name());
            // the tooltip is made when the pointer first rests on the header: thirty popups made up front slowed the opening
            header.setOnMouseEntered(e -> {
                if (header.getTooltip() == null) {
                    header.setTooltip(BoardCells.tooltip(unit.name()));
                }
            });
            header.setId("unit-" + unit.id());
            header.getStyleClass().add("unit-header");
            header.setMinWidth(Label.USE_PREF_SIZE);
            column.setGraphic(header);
            column.setUserData(unit);
            column.setSortable(false);
            column.setReorderable(false);
            column.setPrefWidth(UNIT_WIDTH);
            column.setMinWidth(UNIT_WIDTH);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(matrix.role(c.getValue(), unit)));
            columns.add(column);
        }
        cells.getColumns().setAll(columns);
    }

    private void typed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        AssignmentRole role = switch (e.getCharacter()) {
            case "c", "C" -> AssignmentRole.LEAD;
            case "p", "P" -> AssignmentRole.SUPPORT;
            case "d", "D", "đ", "Đ" -> AssignmentRole.REQUESTED;
            default -> null;
        };
        if (role != null) {
            edit(role);
            e.consume();
        }
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.Z && e.isShortcutDown()) {
            remember();
            matrix.undo();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            edit(null);
            e.consume();
        }
    }

    private void edit(AssignmentRole role) {
        TablePosition<BoardLine, ?> at = cells.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null) {
            return;
        }
        if (cells.getItems().get(at.getRow()) instanceof BoardLine.Item item
                && at.getTableColumn().getUserData() instanceof Unit unit) {
            remember();
            matrix.set(item.id(), unit, role);
        }
    }

    private void remember() {
        TablePosition<BoardLine, ?> at = cells.getFocusModel().getFocusedCell();
        if (at != null && at.getRow() >= 0) {
            refocusRow = at.getRow();
            refocusColumn = at.getTableColumn();
        }
    }

    /** After the lines are rebuilt (an edit, an undo), the cursor stays where the clerk was typing. */
    private void refocus() {
        if (refocusRow < 0 || refocusColumn == null) {
            return;
        }
        int row = Math.min(refocusRow, matrix.lines().size() - 1);
        if (row >= 0) {
            cells.getSelectionModel().clearAndSelect(row, refocusColumn);
            cells.getFocusModel().focus(row, refocusColumn);
        }
    }

    private void syncSelection() {
        cells.getFocusModel().focusedCellProperty().addListener((obs, old, at) -> {
            if (at != null && at.getRow() >= 0 && tasks.getSelectionModel().getSelectedIndex() != at.getRow()) {
                tasks.getSelectionModel().clearAndSelect(at.getRow());
            }
        });
        tasks.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int row = index.intValue();
            TablePosition<BoardLine, ?> at = cells.getFocusModel().getFocusedCell();
            if (row >= 0 && (at == null || at.getRow() != row) && !cells.getColumns().isEmpty()) {
                TableColumn<BoardLine, ?> column = at != null && at.getTableColumn() != null ? at.getTableColumn() : cells.getColumns().get(0);
                cells.getSelectionModel().clearAndSelect(row, column);
                cells.getFocusModel().focus(row, column);
            }
        });
    }

    /** The toolbar, for the screen's buttons beside Hoàn tác (Xuất Excel…). */
    private HBox tools;

    void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    TableView<BoardLine> cells() {
        return cells;
    }

    TableView<BoardLine> tasks() {
        return tasks;
    }
}
