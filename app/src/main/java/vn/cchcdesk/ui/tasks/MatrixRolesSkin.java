package vn.cchcdesk.ui.tasks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.VLineTo;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskState;

/**
 * How a {@link MatrixRoleRow} is drawn: a label on each column the task gives a role, one path for
 * the grid lines, one cursor label on the selected cell. Labels are kept and re-filled as the row
 * is reused for other tasks while scrolling.
 */
final class MatrixRolesSkin extends SkinBase<MatrixRoleRow> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final Map<AssignmentRole, PseudoClass> ROLES = new EnumMap<>(AssignmentRole.class);
    private static final Map<TaskState, PseudoClass> STATES = new EnumMap<>(TaskState.class);
    /** C, P, Đ: read once, not looked up for every row scrolled into view. */
    private static final Map<AssignmentRole, String> LETTERS = new EnumMap<>(AssignmentRole.class);

    static {
        for (AssignmentRole role : AssignmentRole.values()) {
            ROLES.put(role, PseudoClass.getPseudoClass("role-" + role.name().toLowerCase()));
            LETTERS.put(role, TaskLabels.letter(role));
        }
        for (TaskState state : TaskState.values()) {
            STATES.put(state, PseudoClass.getPseudoClass(TaskLabels.styleOf(state)));
        }
    }

    private final List<Label> labels = new ArrayList<>();
    private final Path lines = new Path();
    private Label cursor;
    private int shown;
    private double linesWidth = -1;
    private double linesHeight = -1;
    private TableView<BoardLine> table;
    private final InvalidationListener relayout = o -> getSkinnable().requestLayout();
    private final WeakInvalidationListener weakRelayout = new WeakInvalidationListener(relayout);
    private final ListChangeListener<Object> refill = c -> fill();
    private final WeakListChangeListener<Object> weakRefill = new WeakListChangeListener<>(refill);
    private final ListChangeListener<TableColumn<BoardLine, ?>> columnsChanged = c -> {
        TableView<BoardLine> same = table;
        detach();
        linesWidth = -1;
        attach(same);
    };
    private final WeakListChangeListener<TableColumn<BoardLine, ?>> weakColumnsChanged = new WeakListChangeListener<>(columnsChanged);
    private final InvalidationListener tableChanged = o -> {
        detach();
        attach(getSkinnable().getTableView());
    };

    MatrixRolesSkin(MatrixRoleRow row) {
        super(row);
        lines.getStyleClass().add("matrix-lines");
        lines.setManaged(false);
        // square ends would reach half a pixel into the rows above and below
        lines.setStrokeLineCap(javafx.scene.shape.StrokeLineCap.BUTT);
        getChildren().add(lines);
        row.tableViewProperty().addListener(tableChanged);
        attach(row.getTableView());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void attach(TableView<BoardLine> next) {
        table = next;
        if (table != null) {
            table.getSelectionModel().getSelectedCells().addListener((ListChangeListener) weakRefill);
            table.getVisibleLeafColumns().addListener(weakColumnsChanged);
            table.getVisibleLeafColumns().forEach(c -> c.widthProperty().addListener(weakRelayout));
            fill();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void detach() {
        if (table != null) {
            table.getSelectionModel().getSelectedCells().removeListener((ListChangeListener) weakRefill);
            table.getVisibleLeafColumns().removeListener(weakColumnsChanged);
            table.getVisibleLeafColumns().forEach(c -> c.widthProperty().removeListener(weakRelayout));
        }
        table = null;
    }

    /** Puts a label on each column the task gives a role, and the cursor on the selected cell. */
    void fill() {
        MatrixRoleRow row = getSkinnable();
        BoardLine.Item item = !row.isEmpty() && row.getItem() instanceof BoardLine.Item i ? i : null;
        shown = 0;
        TableColumn<BoardLine, ?> selected = selectedColumn();
        if (item != null && table != null) {
            TaskState state = item.schedule().state();
            for (TableColumn<BoardLine, ?> column : table.getVisibleLeafColumns()) {
                AssignmentRole role = column.getUserData() instanceof Unit unit ? item.row().task().roleOf(unit.id()) : null;
                if (role != null) {
                    show(label(shown++), column, role, state, false);
                }
            }
        }
        for (int i = shown; i < labels.size(); i++) {
            labels.get(i).setVisible(false);
            labels.get(i).setUserData(null);
        }
        if (selected != null) {
            AssignmentRole role = item != null && selected.getUserData() instanceof Unit unit ? item.row().task().roleOf(unit.id()) : null;
            show(cursor(), selected, role, null, true);
        } else if (cursor != null) {
            cursor.setVisible(false);
        }
        row.requestLayout();
    }

    private TableColumn<BoardLine, ?> selectedColumn() {
        if (table == null || getSkinnable().isEmpty()) {
            return null;
        }
        ObservableList<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        for (TablePosition<?, ?> at : cells) {
            if (at.getRow() == getSkinnable().getIndex() && at.getTableColumn() != null) {
                @SuppressWarnings("unchecked")
                TableColumn<BoardLine, ?> column = (TableColumn<BoardLine, ?>) at.getTableColumn();
                return column;
            }
        }
        return null;
    }

    private static void show(Label label, TableColumn<BoardLine, ?> column, AssignmentRole role, TaskState state, boolean selected) {
        label.setText(role == null ? null : LETTERS.get(role));
        label.setUserData(column);
        for (AssignmentRole r : AssignmentRole.values()) {
            label.pseudoClassStateChanged(ROLES.get(r), r == role);
        }
        for (TaskState s : TaskState.values()) {
            label.pseudoClassStateChanged(STATES.get(s), s == state);
        }
        label.pseudoClassStateChanged(SELECTED, selected);
        label.setVisible(true);
    }

    private Label label(int index) {
        while (labels.size() <= index) {
            Label label = newLabel();
            labels.add(label);
            // under the grid lines and the cursor
            getChildren().add(0, label);
        }
        return labels.get(index);
    }

    private Label cursor() {
        if (cursor == null) {
            cursor = newLabel();
            getChildren().add(cursor);
        }
        return cursor;
    }

    private static Label newLabel() {
        Label label = new Label();
        label.getStyleClass().add("matrix-cell");
        label.setManaged(false);
        label.setMinSize(0, 0);
        return label;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (table == null) {
            return;
        }
        for (int i = 0; i < shown; i++) {
            place(labels.get(i), x, y, h);
        }
        if (cursor != null && cursor.isVisible()) {
            place(cursor, x, y, h);
        }
        double width = columnsWidth();
        if (width != linesWidth || h != linesHeight) {
            drawLines(x, y, h);
            linesWidth = width;
            linesHeight = h;
        }
    }

    private void place(Label label, double x, double y, double h) {
        double left = x;
        for (TableColumn<BoardLine, ?> column : table.getVisibleLeafColumns()) {
            if (column == label.getUserData()) {
                label.resizeRelocate(left, y, column.getWidth(), h);
                return;
            }
            left += column.getWidth();
        }
        label.setVisible(false);
    }

    /** A line at the right of every column and one along the bottom, in one node. */
    private void drawLines(double x, double y, double h) {
        List<PathElement> elements = new ArrayList<>();
        double left = x;
        for (TableColumn<BoardLine, ?> column : table.getVisibleLeafColumns()) {
            left += column.getWidth();
            elements.add(new MoveTo(left - 0.5, y));
            elements.add(new VLineTo(y + h));
        }
        elements.add(new MoveTo(x, y + h - 0.5));
        elements.add(new HLineTo(left));
        lines.getElements().setAll(elements);
    }

    private double columnsWidth() {
        double width = 0;
        for (TableColumn<BoardLine, ?> column : table.getVisibleLeafColumns()) {
            width += column.getWidth();
        }
        return width;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + (table == null ? 0 : columnsWidth());
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return table != null && table.getFixedCellSize() > 0 ? table.getFixedCellSize() : top + bottom + MatrixView.ROW_HEIGHT;
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        getSkinnable().tableViewProperty().removeListener(tableChanged);
        detach();
        super.dispose();
    }
}
