package vn.cchcdesk.ui.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * The fields of the document form as the clerk types them (a partial date, a number that may be
 * blank, recipients one a line), and the conversion both ways between them and a {@link Document}.
 * No rule about what to propose lives here: that is {@link DocumentFormViewModel}'s.
 */
public final class DocumentFields {

    final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.IN);
    final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.CONG_VAN);
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty symbol = new SimpleStringProperty("");
    final StringProperty issueDate = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty issuer = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty signerCapacity = new SimpleStringProperty("");
    final StringProperty signerTitle = new SimpleStringProperty("");
    final StringProperty signerName = new SimpleStringProperty("");
    final StringProperty addressees = new SimpleStringProperty("");
    final StringProperty copies = new SimpleStringProperty("");
    final StringProperty citations = new SimpleStringProperty("");
    final StringProperty arrivalNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> arrivalDate = new SimpleObjectProperty<>();
    final StringProperty handler = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> handlingDeadline = new SimpleObjectProperty<>();
    final ObjectProperty<HandlingStatus> handlingStatus = new SimpleObjectProperty<>(HandlingStatus.PENDING);
    final ObjectProperty<DocumentRef> reply = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> transferredOn = new SimpleObjectProperty<>();
    final StringProperty copiesCount = new SimpleStringProperty("");
    final StringProperty archiveHolder = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");

    /** Every field blank but the direction, the type (a công văn) and the handling status. */
    void clear(Direction newDirection) {
        direction.set(newDirection);
        type.set(DocumentType.CONG_VAN);
        for (StringProperty text : List.of(number, symbol, issueDate, place, issuer, summary, signerCapacity, signerTitle,
                signerName, addressees, copies, citations, arrivalNumber, handler, copiesCount, archiveHolder, notes)) {
            text.set("");
        }
        arrivalDate.set(null);
        handlingDeadline.set(null);
        handlingStatus.set(HandlingStatus.PENDING);
        reply.set(null);
        transferredOn.set(null);
    }

    /** The fields of a registered document; its reply is looked up among the candidates the form was given. */
    void fill(Document document, List<DocumentRef> replyCandidates) {
        direction.set(document.direction());
        type.set(document.type());
        number.set(document.number() == null ? "" : text(document.number().number()));
        symbol.set(document.number() == null ? "" : text(document.number().symbol()));
        issueDate.set(document.issueDate().format());
        place.set(text(document.place()));
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
        Long replyId = entry.replyDocumentId();
        reply.set(replyId == null ? null : replyCandidates.stream().filter(r -> r.id() == replyId).findFirst().orElse(null));
        transferredOn.set(entry.transferredOn());
        copiesCount.set(entry.copiesCount() == null ? "" : String.valueOf(entry.copiesCount()));
        archiveHolder.set(text(entry.archiveHolder()));
        notes.set(text(document.notes()));
    }

    /**
     * The document the fields describe. Text that is not what its field needs (letters in the number,
     * an impossible date) adds a problem naming the field; the rules of a document are
     * {@link Document#validate()}'s.
     *
     * @param original the document being edited, null for a new one: what the form does not show is kept from it
     */
    Document toDocument(List<Problem> problems, Document original, DocumentFormViewModel.Context context, String fullText) {
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
        boolean incoming = direction.get() == Direction.IN;
        Integer arrival = incoming ? integer(arrivalNumber.get(), "arrivalNumber", problems) : null;
        boolean outgoing = direction.get() == Direction.OUT;
        Integer copiesTotal = outgoing ? integer(copiesCount.get(), "copiesCount", problems) : null;
        RegisterEntry entry = new RegisterEntry(arrival, incoming ? arrivalDate.get() : null, handler.get(),
                handlingDeadline.get(), handlingStatus.get(), incoming && reply.get() != null ? reply.get().id() : null,
                transferredOn.get(), copiesTotal, outgoing ? archiveHolder.get() : null);
        List<Recipient> recipients = new ArrayList<>(RecipientLines.fromText(addressees.get(), RecipientKind.ADDRESSEE, context.units()));
        recipients.addAll(RecipientLines.fromText(copies.get(), RecipientKind.COPY, context.units()));
        String issuerText = VietnameseText.cleanOrNull(issuer.get());
        return new Document(original == null ? null : original.id(), direction.get(), type.get(), documentNumber, date,
                place.get(), bodyNamed(issuerText, context.bodies()), issuerText, summary.get(),
                new Signer(signerCapacity.get(), signerTitle.get(), signerName.get()), recipients,
                CitationLines.fromText(citations.get(), original == null ? List.of() : original.citations()), entry,
                original == null ? fullText : original.fullText(), notes.get());
    }

    /** The year the document belongs to: its issue date's, else its arrival's. */
    Optional<Integer> year() {
        Integer issued = PartialDate.parse(issueDate.get()).map(PartialDate::year).orElse(null);
        if (issued != null) {
            return Optional.of(issued);
        }
        return Optional.ofNullable(arrivalDate.get()).map(LocalDate::getYear);
    }

    private static Integer integer(String text, String field, List<Problem> problems) {
        String stripped = text.strip().replace(".", "");
        if (stripped.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(stripped);
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "validation.integer"));
            return null;
        }
    }

    private static Long bodyNamed(String name, List<ExternalBody> bodies) {
        if (name == null) {
            return null;
        }
        String folded = VietnameseText.fold(name);
        return bodies.stream()
                .filter(b -> VietnameseText.fold(b.name()).equals(folded)
                        || (b.abbreviation() != null && VietnameseText.fold(b.abbreviation()).equals(folded)))
                .map(ExternalBody::id)
                .findFirst().orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
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

    public StringProperty placeProperty() {
        return place;
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

    /** Sổ đến's "Đơn vị hoặc người nhận": who the document is passed to for handling. */
    public StringProperty handlerProperty() {
        return handler;
    }

    public ObjectProperty<LocalDate> handlingDeadlineProperty() {
        return handlingDeadline;
    }

    public ObjectProperty<HandlingStatus> handlingStatusProperty() {
        return handlingStatus;
    }

    /** The commune's document answering an incoming one (Sổ theo dõi giải quyết: văn bản trả lời). */
    public ObjectProperty<DocumentRef> replyProperty() {
        return reply;
    }

    /** Ngày chuyển: the day an incoming document went to its handler, or an outgoing one was sent. */
    public ObjectProperty<LocalDate> transferredOnProperty() {
        return transferredOn;
    }

    /** Số lượng bản of an outgoing document. */
    public StringProperty copiesCountProperty() {
        return copiesCount;
    }

    /** Đơn vị, người nhận bản lưu of an outgoing document. */
    public StringProperty archiveHolderProperty() {
        return archiveHolder;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
