package vn.cchcdesk.ui.common;

import java.util.function.Predicate;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table cells whose text wraps to the column's width (reasons, titles and indicators are sentences). */
public final class WrappedCells {

    /** How far an indented line (a form under its group) stands in, all its lines, not the first alone. */
    private static final double INDENT = 18;

    private WrappedCells() {
    }

    public static <T> void wrap(TableColumn<T, String> column) {
        wrap(column, row -> false);
    }

    /** As {@link #wrap(TableColumn)}, the lines of the rows {@code indented} accepts standing in. */
    public static <T> void wrap(TableColumn<T, String> column, Predicate<T> indented) {
        column.setCellFactory(c -> {
            TableCell<T, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(null);
                    T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    getGraphic().setTranslateX(row != null && indented.test(row) ? INDENT : 0);
                }
            };
            Text text = new Text();
            text.getStyleClass().add("wrapped-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14).subtract(text.translateXProperty()));
            text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> cell.isEmpty() || cell.getItem() == null ? "" : cell.getItem(), cell.itemProperty(), cell.emptyProperty()));
            cell.setGraphic(text);
            cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            return cell;
        });
    }
}
