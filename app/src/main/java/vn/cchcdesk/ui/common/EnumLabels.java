package vn.cchcdesk.ui.common;

import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import vn.cchcdesk.i18n.Messages;

/** Enum values shown by their Vietnamese label, key "&lt;prefix&gt;.&lt;NAME&gt;" (e.g. "catalog.unitKind.OFFICE"). */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static <E extends Enum<E>> String label(String prefix, E value) {
        return value == null ? "" : Messages.get(prefix + "." + value.name());
    }

    public static <E extends Enum<E>> StringConverter<E> converter(String prefix, Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return label(prefix, value);
            }

            @Override
            public E fromString(String text) {
                return Arrays.stream(type.getEnumConstants()).filter(e -> label(prefix, e).equals(text)).findFirst().orElse(null);
            }
        };
    }

    public static <E extends Enum<E>> ComboBox<E> comboBox(String prefix, Class<E> type) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(converter(prefix, type));
        return box;
    }
}
