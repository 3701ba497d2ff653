package vn.cchcdesk.store.search;

import vn.cchcdesk.domain.text.VietnameseText;

/**
 * What goes into the folded search columns ({@code search_folded}, {@code text_folded}): the
 * searchable parts of a record joined by spaces and folded with {@link VietnameseText#fold}.
 * Every writer of those columns (repositories, imports, demo data) uses these functions, so a
 * search finds a record whoever stored it.
 */
public final class SearchText {

    private SearchText() {
    }

    /**
     * A document: its number and symbol as printed ("1069/UBND-VHTT"), type name ("Công văn"),
     * summary, issuer, and full text; null parts are left out.
     */
    public static String document(String numberAndSymbol, String typeName, String summary, String issuer, String fullText) {
        return join(numberAndSymbol, typeName, summary, issuer, fullText);
    }

    /** A publicity activity: its title and notes, and the names of its unit and form. */
    public static String activity(String title, String notes, String unitName, String formName) {
        return join(title, notes, unitName, formName);
    }

    /** A task: its text. */
    public static String task(String text) {
        return VietnameseText.fold(text);
    }

    /** The parts that are neither null nor blank, joined by one space, folded. */
    static String join(String... parts) {
        int length = 0;
        for (String part : parts) {
            length += part == null ? 0 : part.length() + 1;
        }
        StringBuilder joined = new StringBuilder(length);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(part);
            }
        }
        return VietnameseText.fold(joined.toString());
    }
}
