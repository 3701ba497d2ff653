package vn.cchcdesk.ui.documents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The form of one document, new or edited: every field as text the clerk types (a partial date, a
 * number that may be blank), checked beside its field; an arrival number proposed as the next free
 * one of the arrival year; a duplicate (same number, symbol, issuer and year) shown before saving
 * for the clerk to confirm; files to add and remove, saved with the document.
 */
public final class DocumentFormViewModel {

    /** What the form knows of the catalogue and the commune, loaded once when it opens. */
    public record Context(List<Unit> units, List<ExternalBody> bodies, Optional<CommuneSettings> commune) {
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

    private final DocumentService documents;
    private final UiContext ui;
    private final Context context;
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<DocumentRef> duplicates = FXCollections.observableArrayList();
    private final ObservableList<DocumentRef> possibleDuplicates = FXCollections.observableArrayList();
    private final vn.cchcdesk.ui.common.LatestOnly duplicateCheck;
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final List<Long> removedFiles = new ArrayList<>();
    private Document original;
    private String proposedArrival;
    /** Set while startNew or edit fill the fields, so that the fields' listeners stay quiet. */
    private boolean filling;

    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.IN);
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.CONG_VAN);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty symbol = new SimpleStringProperty("");
    private final StringProperty issueDate = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty signerCapacity = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty addressees = new SimpleStringProperty("");
    private final StringProperty copies = new SimpleStringProperty("");
    private final StringProperty citations = new SimpleStringProperty("");
    private final StringProperty arrivalNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> arrivalDate = new SimpleObjectProperty<>();
    private final StringProperty handler = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> handlingDeadline = new SimpleObjectProperty<>();
    private final ObjectProperty<HandlingStatus> handlingStatus = new SimpleObjectProperty<>(HandlingStatus.PENDING);
    private final StringProperty notes = new SimpleStringProperty("");

    public DocumentFormViewModel(DocumentService documents, UiContext ui, Context context) {
        this.documents = documents;
        this.ui = ui;
        this.context = context;
        this.duplicateCheck = new vn.cchcdesk.ui.common.LatestOnly(ui.runner());
        javafx.beans.value.ChangeListener<String> identity = (obs, old, text) -> {
            if (!filling) {
                checkDuplicates();
            }
        };
        number.addListener(identity);
        symbol.addListener(identity);
        issuer.addListener(identity);
        issueDate.addListener(identity);
        arrivalDate.addListener((obs, old, date) -> {
            if (!filling && (old == null || date == null || old.getYear() != date.getYear())) {
                proposeArrivalNumber();
            }
        });
        direction.addListener((obs, old, d) -> {
            if (!filling && d != null) {
                directionChosen(d);
            }
        });
        type.addListener((obs, old, t) -> {
            if (!filling) {
                proposeSymbol();
            }
        });
        number.addListener((obs, old, text) -> splitPastedNumber(text));
    }

    /** An incoming document arrives (today unless said otherwise); the commune's own are issued by it. */
    private void directionChosen(Direction d) {
        if (d == Direction.IN) {
            if (issuer.get().equals(communeIssuer())) {
                issuer.set("");
            }
            if (arrivalDate.get() == null) {
                arrivalDate.set(LocalDate.now(ui.clock()));
            } else {
                proposeArrivalNumber();
            }
        } else {
            arrivalDate.set(null);
            arrivalNumber.set("");
            proposedArrival = null;
            if (issuer.get().isBlank()) {
                issuer.set(communeIssuer());
            }
        }
        proposeSymbol();
    }

    /** A new document of this register; incoming ones arrive today with the next free number. */
    public void startNew(Direction newDirection) {
        filling = true;
        original = null;
        errors.clear();
        duplicates.clear();
        files.clear();
        removedFiles.clear();
        type.set(DocumentType.CONG_VAN);
        number.set("");
        symbol.set("");
        issueDate.set("");
        issuer.set("");
        summary.set("");
        signerCapacity.set("");
        signerTitle.set("");
        signerName.set("");
        addressees.set("");
        copies.set("");
        citations.set("");
        handler.set("");
        handlingDeadline.set(null);
        handlingStatus.set(HandlingStatus.PENDING);
        notes.set("");
        arrivalNumber.set("");
        arrivalDate.set(null);
        proposedArrival = null;
        direction.set(newDirection);
        possibleDuplicates.clear();
        filling = false;
        directionChosen(newDirection);
    }

    public void edit(Document document, List<AttachedFile> attached) {
        filling = true;
        original = document;
        errors.clear();
        duplicates.clear();
        removedFiles.clear();
        files.setAll(attached.stream().map(f -> new FileRow(f, null)).toList());
        proposedArrival = null;
        direction.set(document.direction());
        type.set(document.type());
        number.set(document.number() == null || document.number().number() == null ? "" : document.number().number());
        symbol.set(document.number() == null || document.number().symbol() == null ? "" : document.number().symbol());
        issueDate.set(document.issueDate().format());
        issuer.set(text(document.issuerText()));
        summary.set(document.summary());
        signerCapacity.set(text(document.signer().capacity()));
        signerTitle.set(text(document.signer().title()));
        signerName.set(text(document.signer().name()));
        addressees.set(RecipientLines.toText(document.recipients(), RecipientKind.ADDRESSEE));
        copies.set(RecipientLines.toText(document.recipients(), RecipientKind.COPY));
        citations.set(CitationLines.toText(document.citations()));
        RegisterEntry entry = document.register();
        arrivalDate.set(entry.arrivalDate());
        arrivalNumber.set(entry.arrivalNumber() == null ? "" : String.valueOf(entry.arrivalNumber()));
        handler.set(text(entry.handler()));
        handlingDeadline.set(entry.handlingDeadline());
        handlingStatus.set(entry.handlingStatus());
        notes.set(text(document.notes()));
        possibleDuplicates.clear();
        // the number it has counts as the app's own: moving the arrival to another year proposes anew
        proposedArrival = arrivalNumber.get();
        filling = false;
    }

    public boolean isNew() {
        return original == null;
    }

    private void proposeArrivalNumber() {
        LocalDate date = arrivalDate.get();
        if (direction.get() != Direction.IN || date == null) {
            return;
        }
        // a number the clerk typed stays; only the app's own proposal follows the year
        if (!arrivalNumber.get().isBlank() && !arrivalNumber.get().equals(proposedArrival)) {
            return;
        }
        if (original != null && original.register().arrivalDate() != null
                && original.register().arrivalDate().getYear() == date.getYear()) {
            arrivalNumber.set(String.valueOf(original.register().arrivalNumber()));
            proposedArrival = arrivalNumber.get();
            return;
        }
        int arrivalYear = date.getYear();
        ui.runner().task(p -> documents.proposeArrivalNumber(arrivalYear))
                .onSuccess(next -> {
                    if (arrivalNumber.get().isBlank() || arrivalNumber.get().equals(proposedArrival)) {
                        proposedArrival = String.valueOf(next);
                        arrivalNumber.set(proposedArrival);
                    }
                })
                .start();
    }

    /** The commune's own documents get its symbol pattern ("KH-UBND", "UBND-VHXH") while the symbol is empty. */
    private void proposeSymbol() {
        if (original != null || direction.get() == Direction.IN || type.get() == null || context.commune().isEmpty()) {
            return;
        }
        String current = symbol.get();
        CommuneSettings commune = context.commune().get();
        boolean ours = current.isBlank() || DocumentType.byNameLengthDescending().stream()
                .anyMatch(t -> current.equals(DocumentNumber.symbolFor(t, commune.issuerAbbr(), commune.draftingUnitAbbr())));
        if (ours) {
            symbol.set(DocumentNumber.symbolFor(type.get(), commune.issuerAbbr(), commune.draftingUnitAbbr()));
        }
    }

    private String communeIssuer() {
        return context.commune().map(c -> Messages.get("documents.form.communeIssuer", c.communeName())).orElse("");
    }

    /** "1478/SNV-CCHC&VTTLT" pasted into the number field is split into number and symbol. */
    private void splitPastedNumber(String text) {
        if (text == null || text.chars().allMatch(Character::isDigit)) {
            return;
        }
        DocumentNumber.parse(text).ifPresent(parsed -> {
            symbol.set(parsed.symbol() == null ? "" : parsed.symbol());
            number.set(parsed.number() == null ? "" : parsed.number());
            parsed.typeFromSymbol().ifPresent(type::set);
        });
    }

    /**
     * Looks, as the clerk types, for a registered document with the same number, symbol, issuer and
     * year: shown above the form before anything is saved.
     */
    private void checkDuplicates() {
        String digits = number.get().strip();
        PartialDate date = PartialDate.parse(issueDate.get()).orElse(PartialDate.unknown());
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || symbol.get().isBlank()) {
            duplicateCheck.submit(p -> List.<DocumentRef>of(), possibleDuplicates::setAll);
            return;
        }
        Document probe = new Document(original == null ? null : original.id(), direction.get(), type.get(),
                new DocumentNumber(digits, symbol.get().strip()), date, null, null, issuer.get(), "", null, List.of(), List.of(),
                null, null, null);
        duplicateCheck.submit(p -> documents.duplicatesOf(probe), possibleDuplicates::setAll);
    }

    public void addFiles(List<Path> picked) {
        for (Path path : picked) {
            boolean listed = files.stream().anyMatch(f -> path.equals(f.picked()));
            if (!listed) {
                files.add(new FileRow(null, path));
            }
        }
    }

    public void removeFile(FileRow row) {
        if (files.remove(row) && row.attached() != null) {
            removedFiles.add(row.attached().attachmentId());
        }
    }

    /**
     * Checks the form and saves it. A duplicate not yet confirmed stops the save and is listed in
     * {@link #duplicates()}: the view asks, then calls {@code save(true, …)}.
     */
    public void save(boolean duplicateConfirmed, Consumer<Document> onSaved) {
        List<Problem> problems = new ArrayList<>();
        Document document = toDocument(problems);
        problems.addAll(document.validate());
        if (errors.show(problems)) {
            return;
        }
        duplicates.clear();
        List<Path> add = files.stream().filter(FileRow::isNew).map(FileRow::picked).toList();
        DocumentService.FileChanges changes = new DocumentService.FileChanges(add, removedFiles);
        busy.set(true);
        ui.runner().task(p -> {
                    List<DocumentRef> same = duplicateConfirmed ? List.of() : documents.duplicatesOf(document);
                    return same.isEmpty() ? new Outcome(documents.save(document, changes), List.of()) : new Outcome(null, same);
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
        DocumentNumber documentNumber = null;
        String digits = number.get().strip();
        if (!digits.isEmpty() && !digits.chars().allMatch(Character::isDigit)) {
            problems.add(Problem.of("number", "documents.validation.numberDigits"));
        } else if (!digits.isEmpty() || !symbol.get().isBlank()) {
            documentNumber = new DocumentNumber(digits, symbol.get().strip().replaceAll("\\s*([/\\-])\\s*", "$1"));
        }
        PartialDate date = PartialDate.parse(issueDate.get()).orElseGet(() -> {
            problems.add(Problem.of("issueDate", "documents.validation.partialDate"));
            return PartialDate.unknown();
        });
        Integer arrival = null;
        String arrivalText = arrivalNumber.get().strip();
        if (!arrivalText.isEmpty()) {
            try {
                arrival = Integer.valueOf(arrivalText);
            } catch (NumberFormatException e) {
                problems.add(Problem.of("arrivalNumber", "validation.integer"));
            }
        }
        boolean incoming = direction.get() == Direction.IN;
        RegisterEntry before = original == null ? RegisterEntry.empty() : original.register();
        RegisterEntry entry = new RegisterEntry(incoming ? arrival : null, incoming ? arrivalDate.get() : null, handler.get(),
                handlingDeadline.get(), handlingStatus.get(), before.replyDocumentId(), before.transferredOn(),
                before.copiesCount(), before.archiveHolder());
        List<vn.cchcdesk.domain.document.Recipient> recipients = new ArrayList<>(
                RecipientLines.fromText(addressees.get(), RecipientKind.ADDRESSEE, context.units()));
        recipients.addAll(RecipientLines.fromText(copies.get(), RecipientKind.COPY, context.units()));
        String issuerText = VietnameseText.cleanOrNull(issuer.get());
        return new Document(original == null ? null : original.id(), direction.get(), type.get(), documentNumber, date,
                original == null ? null : original.place(), bodyNamed(issuerText), issuerText, summary.get(),
                new Signer(signerCapacity.get(), signerTitle.get(), signerName.get()), recipients,
                CitationLines.fromText(citations.get(), original == null ? List.of() : original.citations()), entry,
                original == null ? null : original.fullText(), notes.get());
    }

    private Long bodyNamed(String name) {
        if (name == null) {
            return null;
        }
        String folded = VietnameseText.fold(name);
        return context.bodies().stream()
                .filter(b -> VietnameseText.fold(b.name()).equals(folded)
                        || (b.abbreviation() != null && VietnameseText.fold(b.abbreviation()).equals(folded)))
                .map(ExternalBody::id)
                .findFirst().orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
        return possibleDuplicates;
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty issueDateProperty() {
        return issueDate;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty signerCapacityProperty() {
        return signerCapacity;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public StringProperty addresseesProperty() {
        return addressees;
    }

    public StringProperty copiesProperty() {
        return copies;
    }

    public StringProperty citationsProperty() {
        return citations;
    }

    public StringProperty arrivalNumberProperty() {
        return arrivalNumber;
    }

    public ObjectProperty<LocalDate> arrivalDateProperty() {
        return arrivalDate;
    }

    public StringProperty handlerProperty() {
        return handler;
    }

    public ObjectProperty<LocalDate> handlingDeadlineProperty() {
        return handlingDeadline;
    }

    public ObjectProperty<HandlingStatus> handlingStatusProperty() {
        return handlingStatus;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
