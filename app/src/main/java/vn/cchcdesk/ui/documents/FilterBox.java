package vn.cchcdesk.ui.documents;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import vn.cchcdesk.i18n.Messages;

/**
 * A filter as a combo box whose first entry is "all" (a null filter): a combo box of nullable
 * values shows a null badly, so each value is wrapped, the "all" entry with no value.
 */
final class FilterBox {

    record Choice<T>(T value, String label) {
    }

    private FilterBox() {
    }

    static <T> ComboBox<Choice<T>> of(String id, ObservableList<T> values, ObjectProperty<T> filter, Function<T, String> label,
                                       String allKey) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.setVisibleRowCount(16);
        Choice<T> all = new Choice<>(null, Messages.get(allKey));
        Runnable fill = () -> {
            box.getItems().setAll(all);
            values.forEach(v -> box.getItems().add(new Choice<>(v, label.apply(v))));
            select(box, filter.get(), all);
        };
        values.addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice<T> choice) {
                return choice == null ? all.label() : choice.label();
            }

            @Override
            public Choice<T> fromString(String text) {
                return null;
            }
        });
        box.valueProperty().addListener((obs, old, choice) -> {
            T value = choice == null ? null : choice.value();
            if (!Objects.equals(filter.get(), value)) {
                filter.set(value);
            }
        });
        filter.addListener((obs, old, value) -> select(box, value, all));
        return box;
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value, Choice<T> all) {
        Choice<T> match = box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(all);
        if (box.getValue() != match) {
            box.setValue(match);
        }
    }
}
