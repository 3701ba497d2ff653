package vn.cchcdesk.ui.trash;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.trash.TrashService;
import vn.cchcdesk.store.trash.TrashService.TrashItem;
import vn.cchcdesk.ui.common.UiContext;

/** Thùng rác: what was deleted, searchable without accents, restorable one or many at a time. */
public final class TrashViewModel {

    private final TrashService trash;
    private final UiContext ui;
    private final ObservableList<TrashItem> all = FXCollections.observableArrayList();
    private final FilteredList<TrashItem> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");

    public TrashViewModel(TrashService trash, UiContext ui) {
        this.trash = trash;
        this.ui = ui;
        search.addListener((obs, old, text) -> {
            String folded = VietnameseText.fold(text == null ? "" : text.trim());
            shown.setPredicate(item -> folded.isEmpty() || item.folded().contains(folded));
        });
    }

    public void load() {
        ui.runner().task(p -> trash.list()).onSuccess(all::setAll).start();
    }

    public void restore(List<TrashItem> items) {
        if (items.isEmpty()) {
            return;
        }
        List<TrashItem> chosen = List.copyOf(items);
        ui.runner().task(p -> {
                    for (TrashItem item : chosen) {
                        trash.restore(item);
                    }
                    return chosen.size();
                })
                .onSuccess(count -> {
                    ui.say(Messages.get("trash.restored", count));
                    load();
                })
                .start();
    }

    public ObservableList<TrashItem> items() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
