package vn.cchcdesk.store.backup;

import java.nio.file.Path;

/** A backup file as listed: where it is, its size, and its manifest. */
public record BackupInfo(Path file, long sizeBytes, BackupManifest manifest) {
}
