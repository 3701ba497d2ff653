package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.ui.common.EnumLabels;

/** The task form, in sections: directive, content, units, time frame, result, progress notes, evidence. */
final class TaskFormView extends ScrollPane {

    TaskFormView(TaskFormViewModel form, ObservableList<Unit> units) {
        Label heading = new Label();
        heading.setId("taskFormTitle");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.when(form.editingProperty().isNull())
                .then(Messages.get("tasks.form.new")).otherwise(Messages.get("tasks.form.edit")));

        VBox body = new VBox(14,
                heading,
                section("tasks.form.directive", directive(form)),
                section("tasks.form.content", content(form)),
                section("tasks.form.units", new AssignmentsEditor(form, units)),
                section("tasks.form.timeframe", timeframe(form)),
                section("tasks.form.outcome", outcome(form)),
                section("tasks.form.notes", RecordsEditors.notes(form)),
                section("tasks.form.evidence", RecordsEditors.evidence(form)),
                section("tasks.form.activities", ActivityEvidence.editor(form)),
                buttons(form));
        body.setId("taskForm");
        body.setPadding(new Insets(16));
        setContent(body);
        setFitToWidth(true);
        getStyleClass().add("task-form");
    }

    private static Node section(String titleKey, Node content) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("form-section-title");
        VBox box = new VBox(6, title, content);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static Node directive(TaskFormViewModel form) {
        Label chosen = new Label();
        chosen.setId("taskDirective");
        chosen.setWrapText(true);
        chosen.getStyleClass().add("chosen-directive");
        chosen.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        chosen.textProperty().bind(Bindings.createStringBinding(() -> form.directiveProperty().get() == null
                ? Messages.get("tasks.form.noDirective") : TaskLabels.directiveWithSummary(form.directiveProperty().get()),
                form.directiveProperty()));
        DocumentSearch search = new DocumentSearch("taskDirective", form.directiveChoices(), "tasks.form.directivePrompt",
                form::chooseDirective);
        return new VBox(6, chosen, search, Errors.label(form.errors(), "document"));
    }

    private static Node content(TaskFormViewModel form) {
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(form.textProperty());
        TextField section = new TextField();
        section.setPromptText(Messages.get("tasks.form.sectionPrompt"));
        section.textProperty().bindBidirectional(form.sectionProperty());
        return new VBox(8, Fields.stacked(form.errors(), "text", "tasks.form.text", text),
                Fields.stacked(form.errors(), "section", "tasks.form.section", section));
    }

    private static Node timeframe(TaskFormViewModel form) {
        TextField written = new TextField();
        written.setPromptText(Messages.get("tasks.form.timeframePrompt"));
        written.textProperty().bindBidirectional(form.timeframeTextProperty());
        DatePicker pick = Controls.datePicker();
        pick.setId("timeframeDate");
        pick.setPrefWidth(150);
        Label or = new Label(Messages.get("tasks.form.timeframeDate"));
        or.getStyleClass().add(Styles.TEXT_MUTED);
        HBox pickLine = new HBox(8, or, pick);
        pickLine.setAlignment(Pos.CENTER_LEFT);
        pick.setOnAction(e -> {
            if (pick.getValue() != null) {
                form.timeframeTextProperty().set(Messages.get("tasks.form.beforeDate", Formats.date(pick.getValue())));
                pick.setValue(null);
            }
        });
        Label preview = new Label();
        preview.setId("timeframePreview");
        preview.setWrapText(true);
        preview.setGraphic(new FontIcon(MaterialDesignC.CALENDAR_CHECK_OUTLINE));
        preview.getStyleClass().add("timeframe-preview");
        preview.textProperty().bind(form.preview().summaryProperty());
        Label warning = new Label();
        warning.setId("timeframeWarning");
        warning.setWrapText(true);
        warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        warning.textProperty().bind(form.preview().warningProperty());
        warning.visibleProperty().bind(form.preview().warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return new VBox(6, Fields.stacked(form.errors(), "timeframe", "tasks.form.timeframeText", written), pickLine,
                preview, warning, Fields.hint(Messages.get("tasks.form.timeframeHint")));
    }

    private static Node outcome(TaskFormViewModel form) {
        ComboBox<TaskStatus> status = EnumLabels.comboBox("tasks.status", TaskStatus.class);
        status.valueProperty().bindBidirectional(form.statusProperty());
        DatePicker completed = Controls.datePicker();
        completed.valueProperty().bindBidirectional(form.completedOnProperty());
        completed.disableProperty().bind(form.statusProperty().isNotEqualTo(TaskStatus.DONE));
        VBox statusField = Fields.stacked(form.errors(), "status", "tasks.form.status", status);
        VBox completedField = Fields.stacked(form.errors(), "completedOn", "tasks.form.completedOn", completed);
        HBox.setHgrow(statusField, Priority.ALWAYS);
        HBox.setHgrow(completedField, Priority.ALWAYS);
        HBox line = new HBox(10, statusField, completedField);
        TextArea result = new TextArea();
        result.setWrapText(true);
        result.setPrefRowCount(3);
        result.setPromptText(Messages.get("tasks.form.resultPrompt"));
        result.textProperty().bindBidirectional(form.resultProperty());
        Button done = new Button(Messages.get("tasks.form.markDone"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        done.setId("markDone");
        done.getStyleClass().add(Styles.SUCCESS);
        done.disableProperty().bind(form.statusProperty().isEqualTo(TaskStatus.DONE));
        done.setOnAction(e -> {
            form.markDone();
            result.requestFocus();
        });
        return new VBox(8, line, Fields.stacked(form.errors(), "result", "tasks.form.result", result), done);
    }

    private static Node buttons(TaskFormViewModel form) {
        Button save = new Button(Messages.get("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("taskSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(form.busyProperty());
        save.setOnAction(e -> form.save());
        Button delete = new Button(Messages.get("tasks.form.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("taskDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(form.busyProperty().or(form.editingProperty().isNull()));
        delete.setOnAction(e -> {
            if (Dialogs.confirm(delete.getScene().getWindow(), Messages.get("common.confirmDelete.title"),
                    Messages.get("tasks.form.confirmDelete"), Messages.get("tasks.form.delete"))) {
                form.delete();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, save, grow, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
