package vn.cchcdesk.domain.document;

import java.util.Objects;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A document another one names ("Thực hiện Công văn số 1478/SNV-CCHC&VTTLT ngày 24/3/2026 của Sở
 * Nội vụ"). What was parsed is kept even once the cited document is registered and linked.
 *
 * @param citedDocumentId the registered document it names, or null until that one is registered
 * @param writtenText     the citation as written in the text
 */
public record Citation(CitationKind kind, Long citedDocumentId, DocumentType citedType, DocumentNumber citedNumber,
                       PartialDate citedDate, String citedIssuer, String writtenText) {

    public Citation {
        Objects.requireNonNull(kind, "kind");
        citedDate = citedDate == null ? PartialDate.unknown() : citedDate;
        citedIssuer = VietnameseText.cleanOrNull(citedIssuer);
        writtenText = VietnameseText.clean(writtenText);
    }

    public Citation linkedTo(Long documentId) {
        return new Citation(kind, documentId, citedType, citedNumber, citedDate, citedIssuer, writtenText);
    }

    /**
     * Whether a document with this number, symbol and year is the one cited: the number compared
     * as an integer (049 = 49), the symbol without regard to case, the year when both know it.
     */
    public boolean names(DocumentNumber number, Integer year) {
        if (citedNumber == null || number == null || citedNumber.numberValue().isEmpty()
                || !citedNumber.numberValue().equals(number.numberValue())
                || citedNumber.symbol() == null || number.symbol() == null
                || !citedNumber.symbol().equalsIgnoreCase(number.symbol())) {
            return false;
        }
        return citedDate.year() == null || year == null || citedDate.year().equals(year);
    }

    /** "Công văn 1478/SNV-CCHC&VTTLT" or, when little was parsed, the text as written. */
    public String label() {
        if (citedNumber == null) {
            return writtenText;
        }
        return (citedType == null ? "" : citedType.fullName() + " ") + citedNumber.format();
    }

    public static String foldedSymbol(String symbol) {
        return symbol == null ? null : VietnameseText.nfc(symbol).toUpperCase(VietnameseText.VIETNAMESE);
    }
}
