package vn.cchcdesk.domain.collect;

/** A file handed in for import: its name as received, the SHA-256 of its bytes, its size. */
public record SourceFile(String name, String sha256, long sizeBytes) {
}
