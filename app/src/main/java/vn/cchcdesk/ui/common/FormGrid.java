package vn.cchcdesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.cchcdesk.i18n.Messages;

/**
 * A two-column form: label, then the field with its error message under it. Errors come from the
 * view model's map field → message, so the view holds no rule of its own.
 */
public final class FormGrid extends GridPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private static final double ROW_GAP = 6;

    private final ObservableMap<String, String> errors;
    private final java.util.Map<String, java.util.List<javafx.scene.Node>> rows = new java.util.HashMap<>();
    private int row;

    public FormGrid(ObservableMap<String, String> errors) {
        this.errors = errors;
        getStyleClass().add("form-grid");
        setHgap(12);
        // rows are spaced by their cells' padding, not a gap: a row hidden with showWhen takes no room
        setVgap(0);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled field; the label's mnemonic and accessible text point at the control. */
    public <C extends Control> C add(String field, String labelKey, C control) {
        return add(field, labelKey, control, new javafx.scene.Node[0]);
    }

    /** A labelled field with helpers beside it (a picker button, a unit); they stay their own size. */
    public <C extends Control> C add(String field, String labelKey, C control, javafx.scene.Node... beside) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        control.setId(field);
        control.setAccessibleText(label.getText());
        control.setMaxWidth(Double.MAX_VALUE);

        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setId(field + "Error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        Runnable refresh = () -> {
            String message = errors.get(field);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            control.pseudoClassStateChanged(DANGER, message != null);
        };
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (field.equals(change.getKey())) {
                refresh.run();
            }
        });
        refresh.run();

        javafx.scene.Node main = control;
        if (beside.length > 0) {
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(6);
            line.getChildren().add(control);
            line.getChildren().addAll(beside);
            javafx.scene.layout.HBox.setHgrow(control, Priority.ALWAYS);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            main = line;
        }
        VBox cell = new VBox(2, main, error);
        cell.setPadding(new javafx.geometry.Insets(0, 0, ROW_GAP, 0));
        add(label, 0, row);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        add(cell, 1, row);
        rows.put(field, java.util.List.of(label, cell));
        row++;
        return control;
    }

    /**
     * A heading across both columns, for a long form in sections: one grid keeps every section's
     * fields in one straight column, where a grid per section lines them up at different places.
     */
    public void addHeading(javafx.scene.Node heading) {
        add(heading, 0, row, 2, 1);
        GridPane.setHalignment(heading, HPos.LEFT);
        GridPane.setMargin(heading, new javafx.geometry.Insets(row == 0 ? 0 : 12, 0, 6, 0));
        row++;
    }

    /** Shows a field's row only while the condition holds (fields of one register only); a hidden row takes no room. */
    public void showWhen(String field, javafx.beans.value.ObservableValue<Boolean> condition) {
        for (javafx.scene.Node node : rows.getOrDefault(field, java.util.List.of())) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
