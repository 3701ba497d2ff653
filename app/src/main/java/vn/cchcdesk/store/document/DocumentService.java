package vn.cchcdesk.store.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.domain.document.CitationChain;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentFacets;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.attachment.StagedFile;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.task.TaskRepository;

/**
 * Registering documents: validation, arrival numbers unique per year, citations linked both ways
 * (to what is registered, and from what was waiting for this one), and a directive registered
 * together with its tasks in one transaction.
 */
public final class DocumentService {

    private final DSLContext dsl;
    private final DocumentRepository documents;
    private final TaskRepository tasks;
    private final AttachmentStore attachments;
    private final DocumentSearch search;
    private final AuditLog audit;
    private final Clock clock;

    public DocumentService(DSLContext dsl, DocumentRepository documents, TaskRepository tasks, AttachmentStore attachments,
                           AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.documents = documents;
        this.tasks = tasks;
        this.attachments = attachments;
        this.search = new DocumentSearch(dsl);
        this.audit = audit;
        this.clock = clock;
    }

    /** Files to attach to a document (picked by the clerk) and attachments to take off it, saved with it. */
    public record FileChanges(List<Path> add, List<Long> remove) {

        public FileChanges {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }

        public static FileChanges none() {
            return new FileChanges(List.of(), List.of());
        }
    }

    /** The register's lines matching a query, newest first, at most limit of them. */
    public List<DocumentListing> list(DocumentQuery query, int limit) {
        return search.list(query, LocalDate.now(clock), limit);
    }

    /** How many live documents match, whatever the limit of the list. */
    public int count(DocumentQuery query) {
        return search.count(query, LocalDate.now(clock));
    }

    public DocumentFacets facets() {
        return search.facets();
    }

    public List<AttachedFile> filesOf(long documentId) {
        return attachments.filesOf(AttachmentOwner.DOCUMENT, documentId);
    }

    /** What the document cites and what cites it, each side followed as far as it goes. */
    public CitationChain chainOf(long id) {
        DocumentRef root = documents.findRef(id).orElseThrow(() -> new AppException("documents.notFound"));
        return new ChainBuilder(documents, search).build(root);
    }

    public Optional<Document> find(long id) {
        return documents.findById(id);
    }

    public Optional<DocumentRef> findRef(long id) {
        return documents.findRef(id);
    }

    public List<DocumentRef> citedBy(long id) {
        return documents.citedBy(id);
    }

    /** The arrival number to propose for a document arriving in this year. */
    public int proposeArrivalNumber(int year) {
        return documents.nextArrivalNumber(year);
    }

    /** Documents already registered with the same number, symbol, issuer and year: shown before saving. */
    public List<DocumentRef> duplicatesOf(Document document) {
        return documents.withNumber(document.number(), document.issueDate().year(), document.id()).stream()
                .filter(other -> sameIssuer(other.issuer(), document.issuerText()))
                .toList();
    }

    private static boolean sameIssuer(String a, String b) {
        return a == null || b == null || VietnameseText.fold(a).equals(VietnameseText.fold(b));
    }

    public Document save(Document document) {
        return register(document, List.of()).document();
    }

    /** Saves a document with its file changes in one transaction: the document and its files, or nothing. */
    public Document save(Document document, FileChanges files) {
        return register(document, List.of(), files).document();
    }

    /** What one registration wrote: the document as saved and its tasks with their ids. */
    public record Registered(Document document, List<Task> tasks) {
    }

    /**
     * Saves a document and the tasks it gives (a directive read from a file) in one transaction:
     * both are written or neither is.
     */
    public Registered register(Document document, List<Task> newTasks) {
        validate(document, newTasks);
        return dsl.transactionResult(() -> write(document, newTasks));
    }

    /**
     * Registers a document, its tasks and its files together. The files are copied into the data
     * folder before the transaction (slow disk work holds no lock) and moved into place inside it.
     */
    public Registered register(Document document, List<Task> newTasks, FileChanges files) {
        validate(document, newTasks);
        List<StagedFile> staged = attachments.stageAll(files.add());
        try {
            return attachments.withFiles(batch -> {
                Registered registered = write(document, newTasks);
                long id = registered.document().id();
                files.remove().forEach(attachmentId -> batch.unlink(AttachmentOwner.DOCUMENT, id, attachmentId));
                staged.forEach(file -> batch.link(AttachmentOwner.DOCUMENT, id, file));
                return registered;
            });
        } finally {
            staged.forEach(StagedFile::discard);
        }
    }

    private void validate(Document document, List<Task> newTasks) {
        List<Problem> problems = new ArrayList<>(document.validate());
        LocalDate today = LocalDate.now(clock);
        for (Task task : newTasks) {
            problems.addAll(task.withDocument(0L, 0).validate(today).stream()
                    .map(p -> Problem.of("tasks", p.messageKey(), p.args().toArray())).toList());
        }
        throwIfAny(problems);
    }

    /** The writes of a registration; runs inside the caller's transaction. */
    private Registered write(Document document, List<Task> newTasks) {
        LocalDateTime now = LocalDateTime.now(clock);
        checkArrivalNumber(document);
        Document linked = document.withCitations(document.citations().stream()
                .map(c -> c.citedDocumentId() != null ? c : documents.findCited(c).map(c::linkedTo).orElse(c))
                .toList());
        Document saved;
        if (linked.id() == null) {
            saved = linked.withId(documents.insert(linked, now));
            audit.record("document", saved.id(), AuditLog.Action.CREATE, null, auditView(saved));
        } else {
            Document before = documents.findById(linked.id()).orElseThrow(() -> new AppException("documents.notFound"));
            documents.update(linked, now);
            saved = linked;
            audit.record("document", saved.id(), AuditLog.Action.UPDATE, auditView(before), auditView(saved));
        }
        documents.linkWaitingCitations(saved.id(), saved.number(), saved.issueDate().year());
        List<Task> savedTasks = new ArrayList<>();
        int position = tasks.nextPosition(saved.id());
        for (Task task : newTasks) {
            Task placed = task.withDocument(saved.id(), position++);
            Task stored = placed.withId(tasks.insert(placed, now));
            audit.record("task", stored.id(), AuditLog.Action.CREATE, null, stored);
            savedTasks.add(stored);
        }
        return new Registered(saved, savedTasks);
    }

    public void moveToTrash(long id) {
        dsl.transaction(() -> {
            Document before = documents.findById(id).orElseThrow(() -> new AppException("documents.notFound"));
            documents.moveToTrash(id, LocalDateTime.now(clock));
            audit.record("document", id, AuditLog.Action.DELETE, auditView(before), null);
        });
    }

    public void restoreFromTrash(long id) {
        dsl.transaction(() -> {
            documents.restoreFromTrash(id, LocalDateTime.now(clock));
            audit.record("document", id, AuditLog.Action.RESTORE, null, documents.findRef(id).orElse(null));
        });
    }

    private void checkArrivalNumber(Document document) {
        if (document.direction() != Direction.IN || document.register().arrivalNumber() == null) {
            return;
        }
        int year = document.register().arrivalDate().getYear();
        int number = document.register().arrivalNumber();
        if (documents.arrivalNumberTaken(year, number, document.id())) {
            throw new ValidationException(List.of(Problem.of("arrivalNumber", "documents.validation.arrivalNumberTaken",
                    number, String.valueOf(year), documents.nextArrivalNumber(year))));
        }
    }

    /** The audit keeps everything but the full text, which can be long and is kept in the file anyway. */
    private static Document auditView(Document d) {
        return new Document(d.id(), d.direction(), d.type(), d.number(), d.issueDate(), d.place(), d.issuerBodyId(),
                d.issuerText(), d.summary(), d.signer(), d.recipients(), d.citations(), d.register(), null, d.notes());
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
