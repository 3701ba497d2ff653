package vn.cchcdesk.ui.documents;

import java.time.LocalDate;
import java.util.function.Supplier;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.TaskRunner;

/**
 * The arrival number an incoming document is proposed: the next free one of its arrival year,
 * looked up off the FX thread. A number the clerk typed stays; only the app's own proposal
 * follows the arrival date into another year. A document edited keeps its number in its year.
 */
final class ArrivalNumbering {

    private final DocumentFields fields;
    private final DocumentService documents;
    private final TaskRunner runner;
    private final Supplier<Document> original;
    private String proposed;

    ArrivalNumbering(DocumentFields fields, DocumentService documents, TaskRunner runner, Supplier<Document> original) {
        this.fields = fields;
        this.documents = documents;
        this.runner = runner;
        this.original = original;
    }

    /** Forgets the last proposal: a new document. */
    void reset() {
        proposed = null;
    }

    /** The number the document has counts as the app's own: moving the arrival to another year proposes anew. */
    void keepCurrent() {
        proposed = fields.arrivalNumber.get();
    }

    /** Takes a number looked up already (the review's), as the app's own proposal. */
    void proposed(int number) {
        proposed = String.valueOf(number);
        fields.arrivalNumber.set(proposed);
    }

    /** Clears the number (the document is not incoming any more). */
    void clear() {
        fields.arrivalNumber.set("");
        proposed = null;
    }

    void propose() {
        LocalDate date = fields.arrivalDate.get();
        if (fields.direction.get() != Direction.IN || date == null || typedByClerk()) {
            return;
        }
        Document before = original.get();
        if (before != null && before.register().arrivalDate() != null && before.register().arrivalDate().getYear() == date.getYear()) {
            fields.arrivalNumber.set(String.valueOf(before.register().arrivalNumber()));
            proposed = fields.arrivalNumber.get();
            return;
        }
        int year = date.getYear();
        runner.task(p -> documents.proposeArrivalNumber(year))
                .onSuccess(next -> {
                    if (!typedByClerk()) {
                        proposed(next);
                    }
                })
                .start();
    }

    private boolean typedByClerk() {
        String current = fields.arrivalNumber.get();
        return !current.isBlank() && !current.equals(proposed);
    }
}
