package vn.cchcdesk.ui.documents;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.TaskRunner;

/**
 * Looks, as the clerk types, for registered documents the one in the form may repeat (same number,
 * symbol, issuer and year; for a draft without a number, the same summary too): shown above the
 * form before anything is saved. The newest look wins.
 */
final class DuplicateWatch {

    private final DocumentService documents;
    private final LatestOnly check;
    private final ObservableList<DocumentRef> found = FXCollections.observableArrayList();

    DuplicateWatch(DocumentService documents, TaskRunner runner) {
        this.documents = documents;
        this.check = new LatestOnly(runner);
    }

    void check(Document probe) {
        if (probe.number() == null || probe.number().symbol() == null) {
            clear();
            return;
        }
        check.submit(p -> documents.duplicatesOf(probe), found::setAll);
    }

    void clear() {
        check.submit(p -> List.<DocumentRef>of(), found::setAll);
    }

    ObservableList<DocumentRef> found() {
        return found;
    }
}
