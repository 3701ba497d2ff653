package vn.cchcdesk.domain.document;

import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Who signs and how (Nghị định 30): capacity lines such as "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
 * the title "PHÓ CHỦ TỊCH", the name. Any part may be unknown.
 */
public record Signer(String capacity, String title, String name) {

    public Signer {
        capacity = VietnameseText.cleanOrNull(capacity);
        title = VietnameseText.cleanOrNull(title);
        name = VietnameseText.cleanOrNull(name);
    }

    public static Signer unknown() {
        return new Signer(null, null, null);
    }
}
