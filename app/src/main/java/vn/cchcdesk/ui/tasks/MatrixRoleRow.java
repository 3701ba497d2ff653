package vn.cchcdesk.ui.tasks;

import javafx.scene.control.Skin;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A row of the matrix's unit columns, drawn without a table cell per unit: a label for each role
 * the task gives (three or four of the thirty columns), one path for the grid lines and one cursor
 * label for the selected cell. JavaFX's table row builds, styles and lays out a cell for every
 * column, even those scrolled out of view (its culling compares a column with the row's own
 * width, which is all the columns), so 30 units made 720 cells on a screen of 24 rows and the
 * matrix took over a second to open. Selection, focus, keyboard moves and sideways scrolling stay
 * the table's own: the row only draws them and turns a click into a cell selection.
 */
final class MatrixRoleRow extends TableRow<BoardLine> {

    MatrixRoleRow() {
        getStyleClass().add("matrix-row");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MatrixRolesSkin(this);
    }

    @Override
    protected void updateItem(BoardLine line, boolean empty) {
        super.updateItem(line, empty);
        MatrixCells.MatrixRow.mark(this, line, empty);
        if (getSkin() instanceof MatrixRolesSkin skin) {
            skin.fill();
        }
    }

    /** The unit column under a point of the row (null: past the last column). */
    TableColumn<BoardLine, ?> columnAt(double x) {
        TableView<BoardLine> table = getTableView();
        if (table == null) {
            return null;
        }
        double left = snappedLeftInset();
        for (TableColumn<BoardLine, ?> column : table.getVisibleLeafColumns()) {
            left += column.getWidth();
            if (x < left) {
                return column;
            }
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        TableView<BoardLine> table = getTableView();
        if (e.getButton() != MouseButton.PRIMARY || isEmpty() || table == null) {
            return;
        }
        TableColumn<BoardLine, ?> column = columnAt(e.getX());
        if (column != null) {
            table.getSelectionModel().clearAndSelect(getIndex(), column);
            table.requestFocus();
        }
    }
}
