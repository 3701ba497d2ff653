package vn.cchcdesk.store.backup;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.DataFolder;

/**
 * A restore happens in two steps so that the database is never replaced while open: a verified
 * backup is copied into the data folder as "restore-pending.zip" (stage), and the next opening
 * swaps it in before the database opens (apply). If the restored data then fails to open or
 * migrate, the previous file is put back. A crash between the steps only repeats the apply.
 */
public final class PendingRestore {

    private static final Logger LOG = LoggerFactory.getLogger(PendingRestore.class);
    private static final String PENDING = "restore-pending.zip";
    private static final String MARKER = "restore-pending.json";
    // names H2 does not take for files of the database (it backs up every "cchc-desk*.mv.db")
    private static final String REPLACED = "restore-previous.db";
    private static final String INCOMING = "restore-incoming.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private PendingRestore() {
    }

    /**
     * Copies a verified backup into the folder to be applied at the next opening.
     *
     * @param savedAs the backup of the current data taken just before, or null when the current
     *                database could not be opened (it is then kept as a raw file in backups/)
     */
    public static void stage(DataFolder folder, Path backup, Path savedAs) {
        try {
            Path part = folder.root().resolve(PENDING + ".part");
            Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, folder.root().resolve(PENDING), StandardCopyOption.REPLACE_EXISTING);
            String saved = savedAs == null ? "" : savedAs.toString();
            Files.write(folder.root().resolve(MARKER), BackupArchive.JSON.writeValueAsBytes(
                    Map.of("backup", backup.toString(), "currentSavedAs", saved)));
        } catch (IOException e) {
            throw new AppException(e, "backup.writeFailed", folder.root().resolve(PENDING), e.getMessage());
        }
    }

    public static boolean isPending(DataFolder folder) {
        return Files.exists(folder.root().resolve(PENDING));
    }

    /**
     * Swaps a staged backup in, then runs {@code open} (which migrates it); when that fails the
     * previous database is put back and the failure passes on. Does nothing when nothing is staged.
     */
    public static <T> T applyThenOpen(DataFolder folder, Supplier<T> open) {
        Path pending = folder.root().resolve(PENDING);
        if (!Files.exists(pending)) {
            return open.get();
        }
        Path database = folder.databaseFile();
        Path replaced = folder.root().resolve(REPLACED);
        Path incoming = folder.root().resolve(INCOMING);
        try {
            BackupManifest manifest = BackupArchive.readManifest(pending);
            Files.deleteIfExists(incoming);
            BackupArchive.extractPayload(pending, manifest, incoming);
            if (Files.exists(database)) {
                Files.move(database, replaced, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(incoming, database);
        } catch (IOException e) {
            throw new AppException(e, "backup.restoreFailed", pending.getFileName(), e.getMessage());
        } catch (RuntimeException e) {
            clear(folder);
            throw e;
        }
        T opened;
        try {
            opened = open.get();
        } catch (RuntimeException e) {
            LOG.error("Restored data did not open; the previous database is put back", e);
            putBack(database, replaced);
            clear(folder);
            throw new AppException(e, "backup.restoreDidNotOpen", describe(e));
        }
        keepOrDropReplaced(folder, replaced);
        try {
            int files = BackupArchive.restoreAttachments(pending, folder.attachments());
            LOG.info("Restore put back {} stored files", files);
        } catch (IOException e) {
            LOG.error("Stored files of {} not all put back", pending, e);
        }
        clear(folder);
        LOG.info("Restore applied from {}", pending);
        return opened;
    }

    private static void putBack(Path database, Path replaced) {
        try {
            if (Files.exists(replaced)) {
                Files.move(replaced, database, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put the previous database back from " + replaced, e);
        }
    }

    /** Without a zip of the data it replaced (the database was damaged), the old file stays in backups/. */
    private static void keepOrDropReplaced(DataFolder folder, Path replaced) {
        try {
            if (!Files.exists(replaced)) {
                return;
            }
            Map<String, String> marker = readMarker(folder);
            if (marker.getOrDefault("currentSavedAs", "").isEmpty()) {
                Path kept = folder.backups().resolve("cchc-desk_" + STAMP.format(LocalDateTime.now()) + "_thay-the.mv.db");
                Files.move(replaced, kept);
                LOG.info("The replaced database is kept as {}", kept);
            } else {
                Files.delete(replaced);
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy the replaced database {}", replaced, e);
        }
    }

    private static Map<String, String> readMarker(DataFolder folder) {
        try {
            Path marker = folder.root().resolve(MARKER);
            return Files.exists(marker) ? BackupArchive.JSON.readValue(marker.toFile(), new TypeReference<>() { }) : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static void clear(DataFolder folder) {
        try {
            Files.deleteIfExists(folder.root().resolve(PENDING));
            Files.deleteIfExists(folder.root().resolve(MARKER));
        } catch (IOException e) {
            LOG.warn("Could not remove the staged restore", e);
        }
    }

    private static String describe(RuntimeException e) {
        return e instanceof AppException app ? Messages.get(app.messageKey(), app.args()) : e.getClass().getSimpleName();
    }
}
