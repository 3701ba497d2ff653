package vn.cchcdesk.ui.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The form of one document, new or edited: its {@link DocumentFields}, checked beside each field;
 * what the app proposes as the clerk fills them (an arrival number, the commune as issuer of its own
 * documents, the commune's symbol); a possible duplicate shown while typing and confirmed before
 * saving; files to add and remove, saved with the document in one transaction.
 */
public final class DocumentFormViewModel {

    /**
     * What the form knows of the catalogue and the commune, loaded once when it opens.
     *
     * @param replyCandidates outgoing documents an incoming one may be answered by, those that cite it first
     */
    public record Context(List<Unit> units, List<ExternalBody> bodies, Optional<CommuneSettings> commune,
                          List<DocumentRef> replyCandidates) {

        public Context(List<Unit> units, List<ExternalBody> bodies, Optional<CommuneSettings> commune) {
            this(units, bodies, commune, List.of());
        }

        public Context {
            replyCandidates = List.copyOf(replyCandidates);
        }
    }

    /** A file of the form: one attached already, or one picked to attach on save. */
    public record FileRow(AttachedFile attached, Path picked) {

        public String name() {
            return attached != null ? attached.name() : String.valueOf(picked.getFileName());
        }

        public boolean isNew() {
            return attached == null;
        }
    }

    /**
     * What a form built on this one adds to its save: the review of a directive adds the citations
     * and tasks it edits, and writes them with the document.
     */
    public interface Addition {

        /** The document with what the addition edits; problems of those fields are added to the list. */
        Document complete(Document document, List<Problem> problems);

        /** Writes the document with its files (and what else the addition holds) in one transaction. */
        Document write(Document document, DocumentService.FileChanges files);
    }

    private final DocumentService documents;
    private final UiContext ui;
    private final Context context;
    private final DocumentFields fields = new DocumentFields();
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<DocumentRef> duplicates = FXCollections.observableArrayList();
    private final DuplicateWatch duplicateWatch;
    private final ArrivalNumbering arrivals;
    private final FieldProposals proposals;
    private final FormFiles files = new FormFiles();
    private Addition addition;
    private Document original;
    private String fullText;
    /** Set while the fields are filled in one go, so that their listeners stay quiet. */
    private boolean filling;

    public DocumentFormViewModel(DocumentService documents, UiContext ui, Context context) {
        this.documents = documents;
        this.ui = ui;
        this.context = context;
        this.duplicateWatch = new DuplicateWatch(documents, ui.runner());
        this.arrivals = new ArrivalNumbering(fields, documents, ui.runner(), () -> original);
        this.proposals = new FieldProposals(fields, context, ui, arrivals, () -> original);
        this.addition = new Addition() {
            @Override
            public Document complete(Document document, List<Problem> problems) {
                return document;
            }

            @Override
            public Document write(Document document, DocumentService.FileChanges changes) {
                return documents.save(document, changes);
            }
        };
        ChangeListener<Object> identity = (obs, old, text) -> {
            if (!filling) {
                checkDuplicates();
            }
        };
        List.of(fields.number, fields.symbol, fields.issuer, fields.issueDate, fields.summary).forEach(p -> p.addListener(identity));
        fields.arrivalDate.addListener((obs, old, date) -> {
            if (!filling && (old == null || date == null || old.getYear() != date.getYear())) {
                arrivals.propose();
            }
        });
        fields.direction.addListener((obs, old, d) -> {
            if (!filling && d != null) {
                proposals.directionChosen(d);
            }
        });
        fields.type.addListener((obs, old, t) -> {
            if (!filling) {
                proposals.proposeSymbol();
            }
        });
        fields.number.addListener((obs, old, text) -> proposals.splitPastedNumber(text));
    }

    /** A new document of this register; incoming ones arrive today with the next free number. */
    public void startNew(Direction newDirection) {
        filling = true;
        original = null;
        fullText = null;
        errors.clear();
        duplicates.clear();
        files.reset(List.of());
        fields.clear(newDirection);
        arrivals.reset();
        duplicateWatch.clear();
        filling = false;
        proposals.directionChosen(newDirection);
    }

    public void edit(Document document, List<AttachedFile> attached) {
        filling = true;
        original = document;
        fullText = null;
        errors.clear();
        duplicates.clear();
        files.reset(attached);
        arrivals.reset();
        fields.fill(document, context.replyCandidates());
        duplicateWatch.clear();
        arrivals.keepCurrent();
        filling = false;
    }

    /**
     * Fills fields of a new document in one go (a directive read from a file), with the text it was
     * read from for full-text search, then looks for duplicates once. The direction is startNew's.
     */
    public void fill(Consumer<DocumentFields> values, String text) {
        filling = true;
        values.accept(fields);
        fullText = text;
        filling = false;
        checkDuplicates();
    }

    /** Replaces what the form saves beyond the document and its files. */
    public void setAddition(Addition newAddition) {
        this.addition = newAddition;
    }

    public boolean isNew() {
        return original == null;
    }

    /** The number, symbol, issuer, year and summary as typed so far, for the duplicate watch. */
    private void checkDuplicates() {
        String digits = fields.number.get().strip();
        if (!digits.chars().allMatch(Character::isDigit) || fields.symbol.get().isBlank()) {
            duplicateWatch.clear();
            return;
        }
        PartialDate date = PartialDate.parse(fields.issueDate.get()).orElse(PartialDate.unknown());
        duplicateWatch.check(new Document(original == null ? null : original.id(), fields.direction.get(), fields.type.get(),
                new DocumentNumber(digits, fields.symbol.get().strip()), date, null, null, fields.issuer.get(),
                fields.summary.get(), null, List.of(), List.of(), null, null, null));
    }

    public void addFiles(List<Path> picked) {
        files.add(picked);
    }

    public void removeFile(FileRow row) {
        files.remove(row);
    }

    /**
     * Checks the form and saves it. A duplicate not yet confirmed stops the save and is listed in
     * {@link #duplicates()}: the view asks, then calls {@code save(true, …)}.
     */
    public void save(boolean duplicateConfirmed, Consumer<Document> onSaved) {
        List<Problem> problems = new ArrayList<>();
        Document document = addition.complete(toDocument(problems), problems);
        problems.addAll(document.validate());
        if (errors.show(problems)) {
            return;
        }
        duplicates.clear();
        DocumentService.FileChanges changes = files.changes();
        Addition writer = addition;
        busy.set(true);
        ui.runner().task(p -> {
                    List<DocumentRef> same = duplicateConfirmed ? List.of() : documents.duplicatesOf(document);
                    return same.isEmpty() ? new Outcome(writer.write(document, changes), List.of()) : new Outcome(null, same);
                })
                .title(Messages.get("documents.form.saving"))
                .onSuccess(outcome -> {
                    if (outcome.saved() == null) {
                        duplicates.setAll(outcome.duplicates());
                        return;
                    }
                    original = outcome.saved();
                    ui.say(Messages.get("documents.saved", outcome.saved().ref().label()));
                    onSaved.accept(outcome.saved());
                })
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        ui.runner().report(error);
                    }
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    private record Outcome(Document saved, List<DocumentRef> duplicates) {
    }

    /** The document the form describes; problems of text that is not what its field needs are collected. */
    Document toDocument(List<Problem> problems) {
        return fields.toDocument(problems, original, context, fullText);
    }

    public DocumentFields fields() {
        return fields;
    }

    public Context context() {
        return context;
    }

    public FieldErrors errors() {
        return errors;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Documents with the same number, symbol, issuer and year, found by the last save; empty when none. */
    public ObservableList<DocumentRef> duplicates() {
        return duplicates;
    }

    /** Registered documents this one may repeat, found while the clerk types; empty when none. */
    public ObservableList<DocumentRef> possibleDuplicates() {
        return duplicateWatch.found();
    }

    public ObservableList<FileRow> files() {
        return files.rows();
    }
}
