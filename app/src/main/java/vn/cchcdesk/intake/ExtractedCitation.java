package vn.cchcdesk.intake;

import vn.cchcdesk.domain.document.CitationKind;
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
}
