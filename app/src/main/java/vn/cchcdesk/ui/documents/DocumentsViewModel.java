package vn.cchcdesk.ui.documents;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.document.CitationChain;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentFacets;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingFilter;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Sổ văn bản: the register's lines for the filters and the search typed so far (each change queries
 * off the FX thread, the newest query wins), the selected document with its files and citation
 * chain, and moving a document to the trash.
 */
public final class DocumentsViewModel {

    /** More lines than a clerk scrolls through; beyond it the count says to narrow the filters. */
    public static final int LIMIT = 2_000;

    private final DocumentService documents;
    private final AttachmentStore attachments;
    private final FileViewer viewer;
    private final UiContext ui;
    private final LatestOnly listing;
    private final LatestOnly details;

    private final ObservableList<DocumentListing> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<String> issuer = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<HandlingFilter> handling = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<DocumentType> types = FXCollections.observableArrayList();
    private final ObservableList<String> issuers = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final BooleanProperty empty = new SimpleBooleanProperty(true);

    private final ObjectProperty<DocumentListing> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Document> current = new SimpleObjectProperty<>();
    private final ObservableList<AttachedFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<CitationChain> chain = new SimpleObjectProperty<>();
    private Long wanted;
    private boolean reloadDetails;
    private boolean resetting;

    public DocumentsViewModel(DocumentService documents, AttachmentStore attachments, FileViewer viewer, UiContext ui) {
        this.documents = documents;
        this.attachments = attachments;
        this.viewer = viewer;
        this.ui = ui;
        this.listing = new LatestOnly(ui.runner());
        this.details = new LatestOnly(ui.runner());
        ChangeListener<Object> refresh = (obs, old, value) -> {
            if (!resetting) {
                refresh();
            }
        };
        direction.addListener(refresh);
        type.addListener(refresh);
        issuer.addListener(refresh);
        year.addListener(refresh);
        handling.addListener(refresh);
        search.addListener(refresh);
        selected.addListener((obs, old, line) -> showDetails(line == null ? null : line.id()));
    }

    /** The page of the register and the filter values, as the screen first shows them. */
    private record Page(List<DocumentListing> rows, int total, DocumentFacets facets) {
    }

    /** Reloads the filters' values and the list (when the screen is shown, after a save). */
    public void load() {
        DocumentQuery query = query();
        listing.submit(p -> {
            List<DocumentListing> found = documents.list(query, LIMIT);
            int count = found.size() < LIMIT ? found.size() : documents.count(query);
            return new Page(found, count, documents.facets());
        }, page -> {
            setFacets(page.facets());
            show(page.rows(), page.total());
        });
    }

    /** Runs the current filters and search again; keeps the selection when it is still listed. */
    public void refresh() {
        DocumentQuery query = query();
        listing.submit(p -> {
            List<DocumentListing> found = documents.list(query, LIMIT);
            return new Page(found, found.size() < LIMIT ? found.size() : documents.count(query), null);
        }, page -> show(page.rows(), page.total()));
    }

    public DocumentQuery query() {
        return new DocumentQuery(direction.get(), type.get(), issuer.get(), year.get(), handling.get(), search.get());
    }

    private void setFacets(DocumentFacets facets) {
        types.setAll(facets.types());
        issuers.setAll(facets.issuers());
        years.setAll(facets.years());
        empty.set(facets.types().isEmpty());
    }

    private void show(List<DocumentListing> found, int count) {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        rows.setAll(found);
        total.set(count);
        Optional<DocumentListing> again = keep == null ? Optional.empty() : found.stream().filter(l -> l.id() == keep).findFirst();
        if (wanted != null && again.isEmpty() && !query().isUnfiltered()) {
            // the document asked for is filtered out: show the whole register so it can be selected
            clearFilters();
            return;
        }
        wanted = null;
        DocumentListing before = selected.get();
        selected.set(again.orElse(null));
        if (reloadDetails && again.isPresent() && again.get().equals(before)) {
            // the line reads the same, so the selection did not change; what was saved may still differ
            showDetails(again.get().id());
        }
        reloadDetails = false;
    }

    /** After a save: reloads the register and the saved document, and selects it. */
    public void saved(long id) {
        wanted = id;
        reloadDetails = true;
        load();
    }

    /** Selects a document by id (from the citation chain, after a save), clearing filters that hide it. */
    public void open(long id) {
        Optional<DocumentListing> listed = rows.stream().filter(l -> l.id() == id).findFirst();
        if (listed.isPresent()) {
            selected.set(listed.get());
            return;
        }
        wanted = id;
        load();
    }

    public void clearFilters() {
        resetting = true;
        try {
            direction.set(null);
            type.set(null);
            issuer.set(null);
            year.set(null);
            handling.set(null);
            search.set("");
        } finally {
            resetting = false;
        }
        refresh();
    }

    private record Details(Document document, List<AttachedFile> files, CitationChain chain) {
    }

    private void showDetails(Long id) {
        if (id == null) {
            details.submit(p -> null, ignored -> clearDetails());
            return;
        }
        details.submit(p -> documents.find(id)
                        .map(d -> new Details(d, documents.filesOf(id), documents.chainOf(id)))
                        .orElse(null),
                found -> {
                    if (found == null) {
                        clearDetails();
                    } else {
                        current.set(found.document());
                        files.setAll(found.files());
                        chain.set(found.chain());
                    }
                });
    }

    private void clearDetails() {
        current.set(null);
        files.clear();
        chain.set(null);
    }

    /** Moves the selected document to the trash (the view asks first); its files stay until the trash is emptied. */
    public void moveSelectedToTrash() {
        DocumentListing line = selected.get();
        if (line == null) {
            return;
        }
        ui.runner().task(p -> {
                    documents.moveToTrash(line.id());
                    return null;
                })
                .onSuccess(ignored -> {
                    selected.set(null);
                    load();
                    ui.say(Messages.get("documents.trashed", line.ref().label()));
                })
                .start();
    }

    /** Opens an attached file with the system's viewer, from a read-only copy named as the clerk knows it. */
    public void openFile(AttachedFile file) {
        ui.runner().task(p -> {
                    open(viewer, attachments.viewableCopy(file.attachmentId(), file.name()));
                    return null;
                })
                .title(Messages.get("documents.files.opening", file.name()))
                .onSuccess(ignored -> ui.say(Messages.get("documents.files.opened", file.name())))
                .start();
    }

    /** A machine without a program for the file says so, and where the file is, so it can be opened by hand. */
    static void open(FileViewer viewer, java.nio.file.Path file) {
        try {
            viewer.open(file);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            throw new vn.cchcdesk.domain.AppException(e, "documents.files.noViewer", file.getFileName(), file);
        }
    }

    public ObservableList<DocumentListing> rows() {
        return rows;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public ObjectProperty<String> issuerProperty() {
        return issuer;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<HandlingFilter> handlingProperty() {
        return handling;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<DocumentType> types() {
        return types;
    }

    public ObservableList<String> issuers() {
        return issuers;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** How many documents match, also beyond the list's limit. */
    public IntegerProperty totalProperty() {
        return total;
    }

    /** True while the register has no document at all (the list then invites to add the first). */
    public BooleanProperty emptyProperty() {
        return empty;
    }

    public ObjectProperty<DocumentListing> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Document> currentProperty() {
        return current;
    }

    public ObservableList<AttachedFile> files() {
        return files;
    }

    public ObjectProperty<CitationChain> chainProperty() {
        return chain;
    }
}
