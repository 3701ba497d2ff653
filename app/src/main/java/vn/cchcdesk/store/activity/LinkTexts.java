package vn.cchcdesk.store.activity;

import vn.cchcdesk.domain.document.DocumentType;

/** Short texts naming what an activity is linked to, for the list and the link picker. */
final class LinkTexts {

    private LinkTexts() {
    }

    /** "Kế hoạch 42/KH-UBND"; empty when there is no document. */
    static String document(String type, String number, String symbol) {
        if (type == null) {
            return "";
        }
        String name = DocumentType.valueOf(type).fullName();
        String numbered = (number == null ? "" : number) + (symbol == null ? "" : "/" + symbol);
        return numbered.isEmpty() ? name : name + " " + numbered;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
