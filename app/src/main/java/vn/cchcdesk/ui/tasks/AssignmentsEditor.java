package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.i18n.Messages;

/** The units of a task, each with its role (chủ trì, phối hợp, đề nghị), and a line to add one. */
final class AssignmentsEditor extends VBox {

    private final TaskFormViewModel form;
    private final VBox lines = new VBox(4);

    AssignmentsEditor(TaskFormViewModel form, ObservableList<Unit> units) {
        super(6);
        this.form = form;
        setId("assignments");
        lines.setId("assignmentLines");
        form.unitRoles().assignments().addListener((ListChangeListener<Assignment>) c -> redraw());

        ComboBox<Unit> unit = Choices.of("unitToAdd", units, Unit::name, Messages.get("tasks.form.pickUnit"));
        unit.valueProperty().bindBidirectional(form.unitRoles().unitToAddProperty());
        unit.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(unit, Priority.ALWAYS);
        ComboBox<AssignmentRole> role = Choices.of("roleToAdd", FXCollections.observableArrayList(AssignmentRole.values()),
                TaskLabels::role, "");
        role.valueProperty().bindBidirectional(form.unitRoles().roleToAddProperty());
        role.setPrefWidth(130);
        role.setMinWidth(130);
        Button add = new Button(Messages.get("tasks.form.addUnit"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("addAssignment");
        add.disableProperty().bind(form.unitRoles().unitToAddProperty().isNull());
        add.setOnAction(e -> form.unitRoles().addAssignment());
        add.setMinWidth(Button.USE_PREF_SIZE);
        HBox adder = new HBox(6, unit, role, add);
        adder.setAlignment(Pos.CENTER_LEFT);

        Label warning = new Label();
        warning.setId("leadWarning");
        warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        warning.setWrapText(true);
        warning.textProperty().bind(form.unitRoles().leadWarningProperty());
        warning.visibleProperty().bind(form.unitRoles().leadWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        getChildren().addAll(lines, adder, warning, Errors.label(form.errors(), "assignments"));
        redraw();
    }

    private void redraw() {
        lines.getChildren().clear();
        if (form.unitRoles().assignments().isEmpty()) {
            Label none = new Label(Messages.get("tasks.form.noUnits"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            lines.getChildren().add(none);
        }
        int index = 0;
        for (Assignment a : form.unitRoles().assignments()) {
            Label name = new Label(a.unitText());
            name.setMaxWidth(Double.MAX_VALUE);
            name.setWrapText(true);
            HBox.setHgrow(name, Priority.ALWAYS);
            if (a.unitId() == null) {
                name.setGraphic(new FontIcon(MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE));
            }
            ComboBox<AssignmentRole> role = Choices.of("assignmentRole" + index,
                    FXCollections.observableArrayList(AssignmentRole.values()), TaskLabels::role, "");
            role.setValue(a.role());
            role.setPrefWidth(130);
            role.setMinWidth(130);
            role.valueProperty().addListener((obs, old, now) -> form.unitRoles().changeRole(a, now));
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.setId("removeAssignment" + index);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(e -> form.unitRoles().removeAssignment(a));
            remove.setAccessibleText(Messages.get("tasks.form.removeUnit", a.unitText()));
            HBox line = new HBox(6, name, role, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("assignment-line");
            lines.getChildren().add(line);
            index++;
        }
    }
}
