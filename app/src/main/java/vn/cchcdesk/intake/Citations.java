package vn.cchcdesk.intake;

import java.util.List;
import vn.cchcdesk.domain.document.Citation;

/**
 * Citations typed by the clerk, one line each ("Thực hiện Công văn số 1478/SNV-CCHC&amp;VTTLT ngày
 * 24/3/2026 của Sở Nội vụ"), read by the same rules as a directive's body: the verb gives the kind
 * ("Căn cứ" basis, "Thực hiện" implements), the rest the type, number, date and issuer.
 */
public final class Citations {

    private Citations() {
    }

    /** The documents a line cites, in order; empty when it names none by number. */
    public static List<Citation> parse(String line) {
        return CitationParser.parse(List.of(line)).stream().map(ExtractedCitation::toCitation).toList();
    }
}
