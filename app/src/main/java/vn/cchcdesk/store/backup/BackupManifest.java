package vn.cchcdesk.store.backup;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a backup file says about itself ({@code manifest.json} beside the payload): who made it
 * and when, the schema the payload is at, how many records it holds, and the payload's SHA-256.
 * Verification re-reads the payload and checks it against these.
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String appVersion,
        String schemaVersion,
        String h2Version,
        LocalDateTime createdAt,
        BackupKind kind,
        String commune,
        Map<String, Long> counts,
        Payload payload,
        StoredFiles attachments) {

    public static final String FORMAT = "cchc-desk-backup";
    public static final int FORMAT_VERSION = 1;

    /** The counted tables, in the order a preview lists them. */
    public static final String DOCUMENTS = "documents";
    public static final String TASKS = "tasks";
    public static final String ACTIVITIES = "activities";
    public static final String UNITS = "units";

    /** The database file inside the zip. */
    public record Payload(String name, long size, String sha256) {
    }

    /** The stored files of documents and activities, under "attachments/" in the zip. */
    public record StoredFiles(long count, long bytes) {
        public static final StoredFiles NONE = new StoredFiles(0, 0);
    }

    public BackupManifest {
        counts = Map.copyOf(counts);
        attachments = attachments == null ? StoredFiles.NONE : attachments; // a manifest written before files were kept
    }

    public long count(String what) {
        return counts.getOrDefault(what, 0L);
    }
}
