package vn.cchcdesk.domain.document;

import vn.cchcdesk.domain.text.VietnameseText;

/**
 * What the register shows: any filter may be null (no filter). The text is searched accent-free in
 * number and symbol, type, summary, issuer and full text, every word anywhere ("1478 snv" finds
 * 1478/SNV-CCHC&amp;VTTLT).
 *
 * @param year the year it was issued or arrived
 */
public record DocumentQuery(Direction direction, DocumentType type, String issuer, Integer year, HandlingFilter handling,
                            String text) {

    public DocumentQuery {
        issuer = VietnameseText.cleanOrNull(issuer);
        text = text == null ? "" : text;
    }

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null, "");
    }

    /** The folded words of the text, each to be found somewhere in the document. */
    public String[] words() {
        String folded = VietnameseText.fold(text);
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    public boolean isUnfiltered() {
        return direction == null && type == null && issuer == null && year == null && handling == null && words().length == 0;
    }
}
