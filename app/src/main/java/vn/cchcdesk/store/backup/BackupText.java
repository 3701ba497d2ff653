package vn.cchcdesk.store.backup;

import java.time.format.DateTimeFormatter;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;

/** A backup described in one Vietnamese line, for the command line and the restore preview. */
public final class BackupText {

    /** Labels of the kinds: "backup.kind.AUTOMATIC"… */
    public static final String KIND_PREFIX = "backup.kind";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BackupText() {
    }

    public static String when(BackupManifest manifest) {
        return Formats.date(manifest.createdAt().toLocalDate()) + " " + TIME.format(manifest.createdAt());
    }

    public static String contents(BackupManifest manifest) {
        return Messages.get("backup.contents",
                Formats.integer(manifest.count(BackupManifest.DOCUMENTS)),
                Formats.integer(manifest.count(BackupManifest.TASKS)),
                Formats.integer(manifest.count(BackupManifest.ACTIVITIES)),
                Formats.integer(manifest.count(BackupManifest.UNITS)));
    }

    public static String kind(BackupKind kind) {
        return Messages.get(KIND_PREFIX + "." + kind.name());
    }

    public static String summary(BackupManifest manifest) {
        return Messages.get("backup.summary", manifest.commune().isEmpty() ? "—" : manifest.commune(), when(manifest),
                kind(manifest.kind()), contents(manifest), manifest.schemaVersion(),
                manifest.appVersion());
    }
}
