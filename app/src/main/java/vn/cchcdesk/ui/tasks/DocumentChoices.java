package vn.cchcdesk.ui.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Documents to pick from by typing a few words of the number, type or summary (accents optional):
 * the directive of a task, or its evidence. Shows at most {@value #SHOWN} matches.
 */
public final class DocumentChoices {

    static final int SHOWN = 8;

    private final ObservableList<DocumentRef> all = FXCollections.observableArrayList();
    private final Map<Long, String> folded = new HashMap<>();
    private final FilteredList<DocumentRef> filtered = new FilteredList<>(all, d -> false);
    private final ObservableList<DocumentRef> shown = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");

    public DocumentChoices() {
        query.addListener((obs, old, text) -> refresh());
    }

    void setAll(List<DocumentRef> documents) {
        folded.clear();
        documents.forEach(d -> folded.put(d.id(), VietnameseText.fold(TaskLabels.directiveWithSummary(d) + " "
                + (d.number() == null ? "" : d.number().format()) + " " + (d.issuer() == null ? "" : d.issuer()))));
        all.setAll(documents);
        refresh();
    }

    private void refresh() {
        String q = query.get() == null ? "" : query.get().trim();
        filtered.setPredicate(d -> !q.isEmpty() && VietnameseText.matchesAllWords(folded.getOrDefault(d.id(), ""), q));
        shown.setAll(filtered.subList(0, Math.min(SHOWN, filtered.size())));
    }

    public void clear() {
        query.set("");
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The first matches of the query (none while it is empty). */
    public ObservableList<DocumentRef> matches() {
        return shown;
    }

    public int matchCount() {
        return filtered.size();
    }
}
