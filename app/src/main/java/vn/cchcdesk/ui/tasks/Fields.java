package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.FieldErrors;

/**
 * A field with its label above it and its error under it: for forms in a side panel, where a
 * label column would leave the fields too narrow. The control takes the field's name as id.
 */
final class Fields {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private Fields() {
    }

    static VBox stacked(FieldErrors errors, String field, String labelKey, Control control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        label.getStyleClass().add("field-label");
        control.setId(field);
        control.setAccessibleText(label.getText());
        control.setMaxWidth(Double.MAX_VALUE);
        Label error = Errors.label(errors, field);
        Runnable mark = () -> control.pseudoClassStateChanged(DANGER, errors.get(field) != null);
        errors.map().addListener((MapChangeListener<String, String>) c -> mark.run());
        mark.run();
        return new VBox(3, label, control, error);
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return hint;
    }
}
