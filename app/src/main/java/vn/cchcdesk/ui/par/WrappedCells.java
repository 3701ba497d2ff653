package vn.cchcdesk.ui.par;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table cells whose text wraps to the column's width (reasons and titles are sentences). */
final class WrappedCells {

    private WrappedCells() {
    }

    static <T> void wrap(TableColumn<T, String> column) {
        column.setCellFactory(c -> {
            TableCell<T, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(null);
                }
            };
            Text text = new Text();
            text.getStyleClass().add("wrapped-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> cell.isEmpty() || cell.getItem() == null ? "" : cell.getItem(), cell.itemProperty(), cell.emptyProperty()));
            cell.setGraphic(text);
            cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            return cell;
        });
    }
}
