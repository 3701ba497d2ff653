package vn.cchcdesk.ui.tasks;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Controls;

/** The dated progress notes of a task, and its evidence documents. */
final class RecordsEditors {

    private RecordsEditors() {
    }

    static Node notes(TaskFormViewModel form) {
        VBox lines = new VBox(4);
        lines.setId("notesList");
        Runnable redraw = () -> {
            lines.getChildren().clear();
            if (form.progressNotes().notes().isEmpty()) {
                lines.getChildren().add(muted(Messages.get("tasks.form.noNotes")));
            }
            for (ProgressNote note : form.progressNotes().notes()) {
                Label date = new Label(Formats.date(note.notedOn()));
                date.getStyleClass().add("note-date");
                date.setMinWidth(78);
                Label text = new Label(note.text());
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                lines.getChildren().add(line(date, text, remove(() -> form.progressNotes().removeNote(note))));
            }
        };
        form.progressNotes().notes().addListener((ListChangeListener<ProgressNote>) c -> redraw.run());
        redraw.run();

        DatePicker date = Controls.datePicker();
        date.setId("noteDate");
        date.setPrefWidth(130);
        date.valueProperty().bindBidirectional(form.progressNotes().noteDateProperty());
        TextField text = new TextField();
        text.setId("noteText");
        text.setPromptText(Messages.get("tasks.form.notePrompt"));
        text.textProperty().bindBidirectional(form.progressNotes().noteTextProperty());
        text.setOnAction(e -> form.progressNotes().addNote());
        Button add = new Button(Messages.get("tasks.form.addNote"), new FontIcon(MaterialDesignN.NOTE_PLUS_OUTLINE));
        add.setId("addNote");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> form.progressNotes().addNote());
        date.setMinWidth(140);
        HBox adder = new HBox(6, date, add);
        adder.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, lines, text, adder, Errors.label(form.errors(), "notes"));
    }

    static Node evidence(TaskFormViewModel form) {
        VBox lines = new VBox(4);
        lines.setId("evidenceList");
        Runnable redraw = () -> {
            lines.getChildren().clear();
            if (form.evidence().isEmpty()) {
                lines.getChildren().add(muted(Messages.get("tasks.form.noEvidence")));
            }
            for (DocumentRef ref : form.evidence()) {
                Label title = new Label(TaskLabels.directiveWithSummary(ref), new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
                title.setWrapText(true);
                title.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(title, Priority.ALWAYS);
                lines.getChildren().add(line(title, remove(() -> form.removeEvidence(ref))));
            }
        };
        form.evidence().addListener((ListChangeListener<DocumentRef>) c -> redraw.run());
        redraw.run();
        DocumentSearch search = new DocumentSearch("evidence", form.evidenceChoices(), "tasks.form.evidencePrompt", form::addEvidence);
        return new VBox(6, lines, search, Errors.label(form.errors(), "evidence"));
    }

    private static HBox line(Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("record-line");
        return line;
    }

    private static Button remove(Runnable action) {
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setAccessibleText(Messages.get("common.delete"));
        remove.setOnAction(e -> action.run());
        return remove;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
