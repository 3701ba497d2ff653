package vn.cchcdesk.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes of the filters and forms: an optional "all" entry (null) and labels from a function. */
final class Choices {

    private Choices() {
    }

    /** A filter: null reads as {@code allLabel}; the options follow the list as it changes. */
    static <T> ComboBox<T> filter(String id, String allLabel, ObservableList<T> options, Function<T, String> label,
                                  ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        Runnable refill = () -> {
            T keep = value.get();
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(options);
            box.getItems().setAll(items);
            box.setValue(keep);
        };
        options.addListener((ListChangeListener<T>) c -> refill.run());
        refill.run();
        labelled(box, allLabel, label);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static <T> ComboBox<T> of(String id, ObservableList<T> options, Function<T, String> label, String emptyLabel) {
        ComboBox<T> box = new ComboBox<>(options);
        box.setId(id);
        labelled(box, emptyLabel, label);
        return box;
    }

    private static <T> void labelled(ComboBox<T> box, String nullLabel, Function<T, String> label) {
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? nullLabel : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        box.setConverter(converter);
        // the button cell shows the null entry too (a ComboBox leaves it blank by default)
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(converter.toString(empty ? null : item));
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
    }
}
