package vn.cchcdesk.domain.document;

/** Whether a document came in, went out, or stays inside the commune. */
public enum Direction {
    IN, OUT, INTERNAL
}
