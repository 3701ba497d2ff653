package vn.cchcdesk.domain.attachment;

/** What a stored file can be attached to: a document (its original files) or an activity (evidence). */
public enum AttachmentOwner {
    DOCUMENT, ACTIVITY
}
