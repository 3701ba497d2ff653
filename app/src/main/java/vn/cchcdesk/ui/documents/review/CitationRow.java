package vn.cchcdesk.ui.documents.review;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.intake.ExtractedCitation;

/**
 * One document the directive cites, as read (kind, type, number and symbol, date, issuer) and as
 * the clerk corrects it, with the registered document it names when there is one.
 */
public final class CitationRow {

    private final String written;
    /** The type as the text names it, also one outside the Nghị định 30 list ("Nghị định", "Luật"). */
    private final String writtenType;
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final ObjectProperty<CitationKind> kind;
    private final ObjectProperty<DocumentType> type;
    private final StringProperty number;
    private final StringProperty date;
    private final StringProperty issuer;
    private final ObjectProperty<DocumentRef> cited;

    CitationRow(ExtractedCitation extracted, Optional<DocumentRef> registered) {
        this.written = extracted.written();
        this.writtenType = extracted.type();
        this.kind = new SimpleObjectProperty<>(extracted.kind());
        this.type = new SimpleObjectProperty<>(DocumentType.ofName(extracted.type()).orElse(null));
        this.number = new SimpleStringProperty(extracted.number() == null && extracted.symbol() == null ? ""
                : new DocumentNumber(extracted.number(), extracted.symbol()).format());
        this.date = new SimpleStringProperty(extracted.date().format());
        this.issuer = new SimpleStringProperty(extracted.issuer() == null ? "" : extracted.issuer());
        this.cited = new SimpleObjectProperty<>(registered.orElse(null));
    }

    /**
     * The citation to save, linked to the registered document shown; a number or date that cannot
     * be read adds a problem naming the row.
     */
    Citation toCitation(int rowNumber, List<Problem> problems) {
        DocumentNumber parsed = parsedNumber().orElse(null);
        if (parsed == null && !number.get().isBlank()) {
            problems.add(Problem.of("citations", "documents.review.citationNumber", rowNumber, number.get()));
        }
        PartialDate when = PartialDate.parse(date.get()).orElse(null);
        if (when == null) {
            problems.add(Problem.of("citations", "documents.review.citationDate", rowNumber, date.get()));
        }
        return new Citation(kind.get() == null ? CitationKind.OTHER : kind.get(), cited.get() == null ? null : cited.get().id(),
                type.get(), parsed, when, VietnameseText.cleanOrNull(issuer.get()), written);
    }

    /** The citation as typed so far, to look up the document it names; empty while the number cannot be read. */
    Optional<Citation> probe() {
        return parsedNumber().map(n -> new Citation(CitationKind.OTHER, null, type.get(), n,
                PartialDate.parse(date.get()).orElse(PartialDate.unknown()), null, written));
    }

    private Optional<DocumentNumber> parsedNumber() {
        String text = number.get().strip();
        return text.isEmpty() ? Optional.empty() : DocumentNumber.parse(text);
    }

    public String written() {
        return written;
    }

    /** The type to show: the list's, else as written. */
    public String typeText() {
        return type.get() != null ? type.get().fullName() : writtenType == null ? "" : writtenType;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public ObjectProperty<CitationKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    /** The registered document this citation names; null while none is registered. */
    public ObjectProperty<DocumentRef> citedProperty() {
        return cited;
    }
}
