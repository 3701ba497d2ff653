package vn.cchcdesk.ui.activities;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.cchcdesk.i18n.Messages;

/**
 * The entry form's grid: a label, then the field (with what goes beside it, and a suggest field's
 * list under it) and its error. Like FormGrid, but a field's cell may hold more than one control,
 * and the grid remembers the order in which Enter moves through the fields.
 */
final class EntryGrid extends GridPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ObservableMap<String, String> errors;
    private final List<Node> order = new ArrayList<>();
    private int row;

    EntryGrid(ObservableMap<String, String> errors) {
        this.errors = errors;
        getStyleClass().addAll("form-grid", "activity-entry-grid");
        setHgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /**
     * Adds a row.
     *
     * @param field   the field's name in the errors (and the id of the control that takes focus)
     * @param focus   the control Enter moves to
     * @param content what the cell shows (the control itself, a suggest field, a line with helpers)
     */
    <C extends Control> C add(String field, String labelKey, C focus, Node content, Node... beside) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(focus);
        label.setMnemonicParsing(false);
        label.setPadding(new Insets(6, 0, 0, 0));
        focus.setId(field);
        focus.setAccessibleText(label.getText());
        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setId(field + "Error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        Runnable refresh = () -> {
            String message = errors.get(field);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            focus.pseudoClassStateChanged(DANGER, message != null);
        };
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (field.equals(change.getKey())) {
                refresh.run();
            }
        });
        refresh.run();
        Node main = content;
        if (beside.length > 0) {
            HBox line = new HBox(6, content);
            line.getChildren().addAll(beside);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(content, Priority.ALWAYS);
            main = line;
        }
        VBox cell = new VBox(2, main, error);
        cell.setPadding(new Insets(0, 0, 4, 0));
        add(label, 0, row);
        GridPane.setValignment(label, VPos.TOP);
        add(cell, 1, row++);
        order.add(focus);
        return focus;
    }

    /** The controls in the order Enter visits them. */
    List<Node> order() {
        return order;
    }
}
