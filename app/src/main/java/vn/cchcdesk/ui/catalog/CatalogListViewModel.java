package vn.cchcdesk.ui.catalog;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * A catalogue edited as a list with a form beside it: load, filter as you type (accent-insensitive),
 * pick a row into the form, save or delete, with field errors shown in place.
 *
 * @param <T> the catalogue record
 */
public abstract class CatalogListViewModel<T> {

    protected final UiContext ui;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final FilteredList<T> visible = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty editingNew = new SimpleBooleanProperty(true);
    private final FieldErrors errors = new FieldErrors();

    protected CatalogListViewModel(UiContext ui) {
        this.ui = ui;
        search.addListener((obs, old, text) -> {
            String query = text == null ? "" : text;
            visible.setPredicate(item -> VietnameseText.matchesAllWords(VietnameseText.fold(searchText(item)), query));
        });
        selected.addListener((obs, old, item) -> {
            errors.clear();
            editingNew.set(item == null);
            fill(item);
        });
    }

    protected abstract List<T> loadAll();

    protected abstract T store(T item);

    protected abstract void remove(T item);

    protected abstract Long idOf(T item);

    /** The text the search box looks in. */
    protected abstract String searchText(T item);

    /** Copies a record into the form's properties; null clears the form for a new record. */
    protected abstract void fill(T item);

    /** The form's record, with field problems the form itself can see (e.g. a number that is not one). */
    protected abstract T fromForm(List<Problem> formProblems);

    protected abstract List<Problem> validate(T item);

    public ObservableList<T> visibleItems() {
        return visible;
    }

    public ObservableList<T> allItems() {
        return items;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty editingNewProperty() {
        return editingNew;
    }

    public FieldErrors errors() {
        return errors;
    }

    public void load() {
        busy.set(true);
        ui.runner().task(p -> loadAll())
                .onSuccess(loaded -> replaceItems(loaded, idOf(selected.get())))
                .onFinished(() -> busy.set(false))
                .start();
    }

    /** Clears the form for a new record. */
    public void startNew() {
        selected.set(null);
        fill(null);
        errors.clear();
        editingNew.set(true);
    }

    public void save() {
        List<Problem> problems = new java.util.ArrayList<>();
        T candidate = fromForm(problems);
        if (candidate != null) {
            problems.addAll(validate(candidate));
        }
        if (errors.show(problems)) {
            return;
        }
        busy.set(true);
        ui.runner().task(p -> {
                    T saved = store(candidate);
                    return new Saved<>(saved, loadAll());
                })
                .onSuccess(result -> {
                    replaceItems(result.all(), idOf(result.item()));
                    ui.say(Messages.get("common.saved"));
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .start();
    }

    /** Deletes the selected record (the view asks for confirmation first). */
    public void deleteSelected() {
        T item = selected.get();
        if (item == null) {
            return;
        }
        busy.set(true);
        ui.runner().task(p -> {
                    remove(item);
                    return loadAll();
                })
                .onSuccess(all -> {
                    replaceItems(all, null);
                    startNew();
                    ui.say(Messages.get("common.deleted"));
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .start();
    }

    private void failed(Throwable error) {
        if (!errors.showIfValidation(error)) {
            ui.runner().report(error);
        }
    }

    private void replaceItems(List<T> loaded, Long selectId) {
        items.setAll(loaded);
        T match = selectId == null ? null : loaded.stream().filter(i -> Objects.equals(idOf(i), selectId)).findFirst().orElse(null);
        selected.set(match);
        if (match == null) {
            fill(null);
        }
    }

    private record Saved<T>(T item, List<T> all) {
    }

    /** Parses an optional whole number typed in a field; a problem for the field when it is not one. */
    protected static int parseInt(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "validation.integer"));
            return 0;
        }
    }
}
