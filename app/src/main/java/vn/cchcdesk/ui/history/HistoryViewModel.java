package vn.cchcdesk.ui.history;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.history.HistoryService;
import vn.cchcdesk.store.history.HistoryService.Change;
import vn.cchcdesk.store.history.HistoryService.FieldChange;
import vn.cchcdesk.ui.common.UiContext;

/** The changes of one record, and the fields of the chosen change (only the changed ones unless asked). */
public final class HistoryViewModel {

    /** Field labels: "history.field.summary", "history.field.signer.name"… */
    private static final String FIELD_PREFIX = String.join(".", "history", "field"); // a prefix, not a key MessagesTest should find

    private final HistoryService history;
    private final UiContext ui;
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Change> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showUnchanged = new SimpleBooleanProperty();
    private final ObservableList<FieldChange> fields = FXCollections.observableArrayList();

    public HistoryViewModel(HistoryService history, UiContext ui) {
        this.history = history;
        this.ui = ui;
        selected.addListener((obs, old, change) -> refreshFields());
        showUnchanged.addListener((obs, old, all) -> refreshFields());
    }

    public void load(String entity, long id) {
        ui.runner().task(p -> history.of(entity, id))
                .onSuccess(list -> {
                    changes.setAll(list);
                    selected.set(list.isEmpty() ? null : list.get(0));
                })
                .start();
    }

    private void refreshFields() {
        Change change = selected.get();
        fields.setAll(change == null ? List.of() : showUnchanged.get() ? change.fields() : change.changedFields());
    }

    /** "Số và ký hiệu", "Người nhận 2 — Nội dung": the bundle's label of a field path, the path itself when it has none. */
    public static String label(String path) {
        String[] parts = path.split("\\.");
        String key = FIELD_PREFIX + "." + Stream.of(parts).filter(p -> !p.chars().allMatch(Character::isDigit))
                .collect(Collectors.joining("."));
        String numbers = Stream.of(parts).filter(p -> !p.isEmpty() && p.chars().allMatch(Character::isDigit))
                .collect(Collectors.joining(", "));
        if (!Messages.has(key)) {
            return path;
        }
        return numbers.isEmpty() ? Messages.get(key) : Messages.get(key) + " (" + numbers + ")";
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    public ObjectProperty<Change> selectedProperty() {
        return selected;
    }

    public BooleanProperty showUnchangedProperty() {
        return showUnchanged;
    }

    public ObservableList<FieldChange> fields() {
        return fields;
    }
}
