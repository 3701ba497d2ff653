package vn.cchcdesk.domain.document;

/** Where handling an incoming document stands (Sổ theo dõi giải quyết văn bản đến). */
public enum HandlingStatus {
    PENDING, IN_PROGRESS, DONE
}
