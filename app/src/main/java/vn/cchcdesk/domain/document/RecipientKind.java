package vn.cchcdesk.domain.document;

/** "Kính gửi" addressees, and "Nơi nhận" copies. */
public enum RecipientKind {
    ADDRESSEE, COPY
}
