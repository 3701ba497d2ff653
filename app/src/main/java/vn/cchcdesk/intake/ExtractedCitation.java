package vn.cchcdesk.intake;

import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;

/**
 * Another document the directive cites ("Căn cứ Quyết định số 367/QĐ-BNV ngày 31/3/2026 của Bộ
 * Nội vụ").
 *
 * @param issuer  as written after "của", or null
 * @param kind    BASIS for "Căn cứ", IMPLEMENTS for "Thực hiện", OTHER otherwise
 * @param written the words of the citation as they stand in the text
 */
public record ExtractedCitation(String type, String number, String symbol, PartialDate date, String issuer,
                                CitationKind kind, String written) {

    public ExtractedCitation {
        date = date == null ? PartialDate.unknown() : date;
    }

    /**
     * The citation to save, not yet linked. A legal document's type outside the list of Nghị định
     * 30 ("Nghị định", "Luật") stays in the written text only.
     */
    public Citation toCitation() {
        return new Citation(kind, null, DocumentType.ofName(type).orElse(null), new DocumentNumber(number, symbol), date, issuer, written);
    }
}
