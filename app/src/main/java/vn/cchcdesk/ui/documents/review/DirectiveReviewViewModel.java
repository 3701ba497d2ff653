package vn.cchcdesk.ui.documents.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.intake.ExtractedAssignment;
import vn.cchcdesk.intake.ExtractedDirective;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.documents.DocumentFormViewModel;

/**
 * The review of a directive read from a file: every extracted value as a suggestion in the
 * document form (what was read is kept, so the view can mark what the clerk corrected), the
 * citations with the registered documents they name, the assignments with their catalogue units.
 * Nothing is written until {@link #save}: then the document, its citations, the file as its
 * attachment and the tasks with their assignments go in one transaction.
 */
public final class DirectiveReviewViewModel {

    private final DirectiveReading.Read read;
    private final DocumentService documents;
    private final UiContext ui;
    private final DocumentFormViewModel form;
    private final Map<String, String> suggestions = new LinkedHashMap<>();
    private final ObservableList<CitationRow> citations = FXCollections.observableArrayList();
    private final ObservableList<AssignmentRow> assignments = FXCollections.observableArrayList();
    private DocumentService.Registered registered;
    private List<Task> tasksToSave = List.of();

    public DirectiveReviewViewModel(DirectiveReading.Read read, DocumentService documents, UiContext ui) {
        this.read = read;
        this.documents = documents;
        this.ui = ui;
        this.form = new DocumentFormViewModel(documents, ui, read.context());
        ExtractedDirective x = read.result().directive();
        form.startNew(read.direction());
        form.fill(f -> {
            DocumentType.ofName(x.type()).ifPresent(f.typeProperty()::set);
            suggest("type", f.typeProperty().get() == null ? null : f.typeProperty().get().name());
            set(f.numberProperty(), "number", x.number());
            set(f.symbolProperty(), "symbol", x.symbol());
            set(f.issueDateProperty(), "issueDate", x.date().isUnknown() ? null : x.date().format());
            set(f.placeProperty(), "place", x.place());
            set(f.issuerProperty(), "issuer", x.issuer());
            set(f.summaryProperty(), "summary", x.summary());
            set(f.signerCapacityProperty(), "signerCapacity", x.signer().capacity());
            set(f.signerTitleProperty(), "signerTitle", x.signer().title());
            set(f.signerNameProperty(), "signerName", x.signer().name());
            set(f.addresseesProperty(), "addressees", x.addressees().isEmpty() ? null : String.join("\n", x.addressees()));
            set(f.copiesProperty(), "copies", x.copiesTo().isEmpty() ? null : String.join("\n", x.copiesTo()));
        }, read.result().text().plainText());
        form.addFiles(List.of(read.file()));
        for (int i = 0; i < x.citations().size(); i++) {
            citations.add(new CitationRow(x.citations().get(i), read.citedDocuments().get(i)));
        }
        Map<String, TaskDraft> drafts = new LinkedHashMap<>();
        for (int i = 0; i < x.assignments().size(); i++) {
            ExtractedAssignment a = x.assignments().get(i);
            TaskDraft draft = drafts.computeIfAbsent(a.section() + "\n" + a.task(), key -> new TaskDraft(a.section(), a.task(), a.timeframe()));
            assignments.add(new AssignmentRow(draft, a.unit(), a.role(), read.unitMatches().get(i)));
        }
        citations.forEach(this::relinkWhenEdited);
        form.setAddition(new ReviewAddition());
    }

    /** A value read from the file goes into its field and is remembered as the suggestion; a field the file leaves out keeps what the form proposed. */
    private void set(javafx.beans.property.StringProperty field, String name, String value) {
        if (value != null && !value.isBlank()) {
            field.set(value);
            suggest(name, value);
        }
    }

    private void suggest(String field, String value) {
        if (value != null) {
            suggestions.put(field, value);
        }
    }

    /** A citation whose number or date the clerk corrects is looked up again in the register. */
    private void relinkWhenEdited(CitationRow row) {
        LatestOnly lookup = new LatestOnly(ui.runner());
        javafx.beans.value.ChangeListener<String> relink = (obs, old, text) -> lookup.submit(
                p -> row.probe().flatMap(documents::citedDocument).orElse(null), row.citedProperty()::set);
        row.numberProperty().addListener(relink);
        row.dateProperty().addListener(relink);
    }

    /** The citations and tasks of the review, saved with the document. */
    private final class ReviewAddition implements DocumentFormViewModel.Addition {

        @Override
        public Document complete(Document document, List<Problem> problems) {
            List<Citation> cited = new ArrayList<>();
            for (int i = 0; i < citations.size(); i++) {
                if (citations.get(i).includedProperty().get()) {
                    cited.add(citations.get(i).toCitation(i + 1, problems));
                }
            }
            int year = document.issueDate().year() != null ? document.issueDate().year()
                    : document.register().arrivalDate() != null ? document.register().arrivalDate().getYear()
                    : LocalDate.now(ui.clock()).getYear();
            tasksToSave = tasks(year);
            return document.withCitations(cited);
        }

        @Override
        public Document write(Document document, DocumentService.FileChanges files) {
            registered = documents.register(document, tasksToSave, files);
            return registered.document();
        }
    }

    /**
     * The tasks to save, in the directive's order: one per task text, with the units of its rows
     * still included. A unit named twice in one task keeps its first, strongest role.
     */
    List<Task> tasks(int year) {
        Map<TaskDraft, List<Assignment>> byTask = new IdentityHashMap<>();
        List<TaskDraft> order = new ArrayList<>();
        for (AssignmentRow row : assignments) {
            if (!row.includedProperty().get()) {
                continue;
            }
            List<Assignment> units = byTask.computeIfAbsent(row.task(), t -> {
                order.add(t);
                return new ArrayList<>();
            });
            Assignment assignment = row.toAssignment();
            Assignment same = units.stream()
                    .filter(u -> assignment.unitId() != null ? Objects.equals(u.unitId(), assignment.unitId())
                            : u.unitId() == null && u.unitText().equals(assignment.unitText()))
                    .findFirst().orElse(null);
            if (same == null) {
                units.add(assignment);
            } else if (assignment.role().ordinal() < same.role().ordinal()) {
                units.set(units.indexOf(same), new Assignment(same.unitId(), same.unitText(), assignment.role()));
            }
        }
        return order.stream().map(t -> t.toTask(byTask.get(t), year)).toList();
    }

    /**
     * Checks and saves; a possible duplicate is asked about first (see {@link DocumentFormViewModel#save}).
     * onSaved gets what was registered.
     */
    public void save(boolean duplicateConfirmed, Consumer<DocumentService.Registered> onSaved) {
        form.save(duplicateConfirmed, saved -> onSaved.accept(registered));
    }

    public DocumentFormViewModel form() {
        return form;
    }

    public Path file() {
        return read.file();
    }

    public String fileName() {
        return read.result().text().fileName();
    }

    /** The direction the app chose: a file from another body arrives, the commune's own is outgoing. */
    public Direction proposedDirection() {
        return read.direction();
    }

    /** What was read for each form field (by field id), to tell the clerk's corrections from the file's values. */
    public Map<String, String> suggestions() {
        return suggestions;
    }

    public ObservableList<CitationRow> citations() {
        return citations;
    }

    public ObservableList<AssignmentRow> assignments() {
        return assignments;
    }

    /** The catalogue's units the clerk may pick for an assignment, active ones. */
    public List<vn.cchcdesk.domain.catalog.Unit> units() {
        return read.context().units().stream().filter(vn.cchcdesk.domain.catalog.Unit::active).toList();
    }

    /** What the save registered; null until saved. */
    public DocumentService.Registered registered() {
        return registered;
    }
}
