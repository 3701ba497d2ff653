package vn.cchcdesk.domain.document;

/** The register's filter on handling: a status, or overdue (deadline passed, not done). */
public enum HandlingFilter {
    PENDING, IN_PROGRESS, DONE, OVERDUE
}
