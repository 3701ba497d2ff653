package vn.cchcdesk.ui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;

/** Table columns of read-only records, text columns sorting with the Vietnamese collator. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String titleKey, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(VietnameseText.order());
        return column;
    }

    /**
     * Shares the table's width between its columns in these proportions (the table fills its space,
     * so a long name gets room and a yes/no column does not).
     */
    public static void weights(javafx.scene.control.TableView<?> table, double... weights) {
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int i = 0; i < weights.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(weights[i] * 100);
        }
    }

    /** The least widths of the first columns, so short values and their headers stay whole when the table is narrow. */
    public static void minWidths(javafx.scene.control.TableView<?> table, double... widths) {
        for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setMinWidth(widths[i]);
        }
    }

    public static <T, V extends Comparable<V>> TableColumn<T, V> value(String titleKey, Function<T, V> value,
                                                                      Function<V, String> format) {
        TableColumn<T, V> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        return column;
    }
}
