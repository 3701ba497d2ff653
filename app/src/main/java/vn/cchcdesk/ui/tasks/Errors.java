package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import vn.cchcdesk.ui.common.FieldErrors;

/** An error line for a field that is not a single control (lists, pickers), fed by the view model's errors. */
final class Errors {

    private Errors() {
    }

    static Label label(FieldErrors errors, String field) {
        Label label = new Label();
        label.setId(field + "Error");
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        Runnable refresh = () -> {
            String message = errors.get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
        };
        errors.map().addListener((MapChangeListener<String, String>) c -> refresh.run());
        refresh.run();
        return label;
    }
}
