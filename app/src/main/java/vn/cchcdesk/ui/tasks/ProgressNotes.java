package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.ui.common.FieldErrors;

/** The task form's dated progress notes, in date order, and the note being written (dated today). */
final class ProgressNotes {

    private final FieldErrors errors;
    private final Supplier<LocalDate> today;
    private final ObservableList<ProgressNote> notes = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> noteDate = new SimpleObjectProperty<>();
    private final StringProperty noteText = new SimpleStringProperty("");

    ProgressNotes(FieldErrors errors, Supplier<LocalDate> today) {
        this.errors = errors;
        this.today = today;
    }

    void setAll(List<ProgressNote> written) {
        notes.setAll(written);
        noteDate.set(today.get());
        noteText.set("");
    }

    void addNote() {
        ProgressNote note = new ProgressNote(noteDate.get(), noteText.get());
        if (errors.show(note.validate(today.get()))) {
            return;
        }
        notes.add(note);
        notes.sort(Comparator.comparing(ProgressNote::notedOn));
        noteText.set("");
    }

    void removeNote(ProgressNote note) {
        notes.remove(note);
    }

    ObservableList<ProgressNote> notes() {
        return notes;
    }

    ObjectProperty<LocalDate> noteDateProperty() {
        return noteDate;
    }

    StringProperty noteTextProperty() {
        return noteText;
    }
}
