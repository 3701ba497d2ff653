package vn.cchcdesk.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import vn.cchcdesk.domain.AppException;

/**
 * Writes one verified backup of an open database: H2's {@code BACKUP TO} takes a consistent copy
 * while the app keeps working, the copy is described (schema, counts) and zipped with its
 * manifest into a ".part" file, the zip is read back and checked, and only then renamed into place.
 * A backup that cannot be verified never appears under its final name.
 */
final class BackupWriter {

    private final String appVersion;
    private final Clock clock;

    BackupWriter(String appVersion, Clock clock) {
        this.appVersion = appVersion;
        this.clock = clock;
    }

    BackupManifest write(DataSource source, Path target, BackupKind kind, Path stagingRoot) {
        return write(source, target, kind, stagingRoot, null);
    }

    /** @param attachmentsRoot the data folder's stored files, kept in the backup beside the database (null: none) */
    BackupManifest write(DataSource source, Path target, BackupKind kind, Path stagingRoot, Path attachmentsRoot) {
        Path work = Staging.create(stagingRoot);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Path payload = snapshot(source, work);
            DatabaseFacts facts = DatabaseFacts.read(payload);
            List<Path> files = attachmentsRoot == null ? List.of() : BackupArchive.attachmentFiles(attachmentsRoot);
            long fileBytes = 0;
            for (Path file : files) {
                fileBytes += Files.size(file);
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, appVersion,
                    facts.schemaVersion(), h2Version(source), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), kind,
                    facts.commune(), facts.counts(),
                    new BackupManifest.Payload(BackupArchive.PAYLOAD, Files.size(payload), BackupArchive.sha256Hex(payload)),
                    new BackupManifest.StoredFiles(files.size(), fileBytes));
            Files.deleteIfExists(part);
            BackupArchive.write(part, manifest, payload, attachmentsRoot, files);
            BackupManifest reread = BackupArchive.verify(part, Files.createDirectory(work.resolve("verify")));
            if (!reread.equals(manifest)) {
                throw new AppException("backup.contentMismatch", target.getFileName());
            }
            moveIntoPlace(part, target);
            return manifest;
        } catch (IOException e) {
            throw new AppException(e, "backup.writeFailed", target, e.getMessage());
        } finally {
            deleteQuietly(part);
            Staging.delete(work);
        }
    }

    /** A consistent copy of the live database file, taken by H2 while other connections may write. */
    private static Path snapshot(DataSource source, Path work) throws IOException {
        Path h2Zip = work.resolve("snapshot.zip");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new AppException(e, "backup.snapshotFailed", e.getMessage());
        }
        Path payload = work.resolve(BackupArchive.PAYLOAD);
        try (ZipFile zip = new ZipFile(h2Zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".mv.db")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, payload);
                    }
                }
            }
        }
        Files.delete(h2Zip);
        if (!Files.exists(payload)) {
            throw new AppException("backup.snapshotFailed", "no database file in H2's backup");
        }
        return payload;
    }

    private static String h2Version(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray .part is never read as a backup
        }
    }
}
