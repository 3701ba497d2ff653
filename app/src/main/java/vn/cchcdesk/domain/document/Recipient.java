package vn.cchcdesk.domain.document;

import vn.cchcdesk.domain.text.VietnameseText;

/**
 * An addressee ("Kính gửi") or a copy ("Nơi nhận"), as written, linked to a unit of the
 * catalogue when it is one.
 */
public record Recipient(RecipientKind kind, Long unitId, String text) {

    public Recipient {
        text = VietnameseText.clean(text);
    }
}
