package vn.cchcdesk.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.store.DataFolder;

/**
 * Backups of an open data folder: automatic ones in {@code <data>/backups/} (one per day, kept
 * 7 daily, 4 weekly, 12 monthly), manual ones there or in any folder, and restoring one (checked,
 * previewed, the current data saved first, applied at the next opening).
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");
    private static final Pattern AUTOMATIC_FILE = Pattern.compile("cchc-desk_(\\d{4}-\\d{2}-\\d{2})_" + BackupKind.AUTOMATIC.fileTag() + "\\.zip");

    private final DataFolder folder;
    private final DataSource source;
    private final BackupWriter writer;
    private final Clock clock;

    public BackupService(DataFolder folder, DataSource source, String appVersion, Clock clock) {
        this.folder = folder;
        this.source = source;
        this.writer = new BackupWriter(appVersion, clock);
        this.clock = clock;
    }

    /** A written, verified backup. */
    public record Written(Path file, BackupManifest manifest) {
    }

    /** Today's automatic backup (replacing an earlier one of today), then the rotation. */
    public Written automatic() {
        Path target = folder.backups().resolve("cchc-desk_" + DAY.format(LocalDate.now(clock)) + "_" + BackupKind.AUTOMATIC.fileTag() + ".zip");
        Written written = write(target, BackupKind.AUTOMATIC);
        rotate();
        return written;
    }

    /** True when no automatic backup was made today: the app, left open for days, takes one. */
    public boolean automaticDue() {
        return automaticDays().stream().noneMatch(LocalDate.now(clock)::equals);
    }

    /** "Sao lưu ngay": a manual backup in the data folder. */
    public Written backupNow() {
        return backupTo(folder.backups());
    }

    /** "Sao lưu" to a folder the clerk chose (a USB stick): the file is named after the commune and the moment. */
    public Written backupTo(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new AppException("backup.targetNotFolder", directory);
        }
        return write(directory.resolve(fileName(BackupKind.MANUAL)), BackupKind.MANUAL);
    }

    /** A backup to exactly this file (the command line's --out). */
    public Written backupToFile(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return backupTo(absolute);
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new AppException("backup.targetNotFolder", absolute.getParent());
        }
        return write(absolute, BackupKind.MANUAL);
    }

    /** The backups in the data folder, newest first; a file that is not a readable backup is left out. */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.backups())) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
                try {
                    found.add(new BackupInfo(file, Files.size(file), BackupArchive.readManifest(file)));
                } catch (AppException | IOException e) {
                    LOG.warn("Not listed as a backup: {}", file, e);
                }
            }
        } catch (IOException e) {
            throw new AppException(e, "backup.unreadable", folder.backups(), e.getMessage());
        }
        found.sort(Comparator.comparing((BackupInfo b) -> b.manifest().createdAt()).reversed());
        return found;
    }

    /** Reads and fully checks a backup (checksum, then the database it holds): what the restore preview shows. */
    public BackupInfo inspect(Path file) {
        return BackupService.inspect(folder, file);
    }

    /** The same check without an open database, for a folder whose database is damaged. */
    public static BackupInfo inspect(DataFolder folder, Path file) {
        BackupManifest manifest = BackupArchive.verify(file, Staging.create(folder.backups().resolve(".staging")));
        try {
            return new BackupInfo(file, Files.size(file), manifest);
        } catch (IOException e) {
            throw new AppException(e, "backup.unreadable", file.getFileName(), e.getMessage());
        }
    }

    /** What the open database holds now, to compare with a backup before restoring it. */
    public Map<String, Long> currentCounts() {
        try (var connection = source.getConnection()) {
            return DatabaseFacts.of(connection).counts();
        } catch (java.sql.SQLException e) {
            throw new AppException(e, "backup.snapshotFailed", e.getMessage());
        }
    }

    /**
     * Restores a backup at the next opening: checks it, refuses one from a newer schema, saves the
     * current data first (BEFORE_RESTORE), then stages it. The caller then reopens the folder.
     */
    public Written stageRestore(Path file) {
        BackupInfo info = inspect(file);
        String currentSchema;
        try (var connection = source.getConnection()) {
            currentSchema = DatabaseFacts.of(connection).schemaVersion();
        } catch (java.sql.SQLException e) {
            throw new AppException(e, "backup.snapshotFailed", e.getMessage());
        }
        if (compareVersions(info.manifest().schemaVersion(), currentSchema) > 0) {
            throw new AppException("backup.newerSchema", file.getFileName(), info.manifest().appVersion());
        }
        Written saved = write(folder.backups().resolve(fileName(BackupKind.BEFORE_RESTORE)), BackupKind.BEFORE_RESTORE);
        PendingRestore.stage(folder, file, saved.file());
        LOG.info("Restore of {} staged; current data saved as {}", file, saved.file());
        return saved;
    }

    /** The backups in a folder whose database cannot be opened, newest first (the way out of a damaged file). */
    public static List<BackupInfo> listIn(DataFolder folder) {
        return new BackupService(folder, null, "", Clock.systemDefaultZone()).list();
    }

    /** Staging without an open database (it is damaged): the old file is kept raw in backups/ when applied. */
    public static void stageRestoreOfUnopenedFolder(DataFolder folder, Path file) {
        inspect(folder, file);
        PendingRestore.stage(folder, file, null);
    }

    /** Written before a pending schema migration, by whoever opens the database (Database.open's guard). */
    public static Written beforeMigration(DataFolder folder, DataSource source, String appVersion, Clock clock) {
        BackupService service = new BackupService(folder, source, appVersion, clock);
        return service.write(folder.backups().resolve(service.fileName(BackupKind.BEFORE_MIGRATION)), BackupKind.BEFORE_MIGRATION);
    }

    private Written write(Path target, BackupKind kind) {
        BackupManifest manifest = writer.write(source, target, kind, folder.backups().resolve(".staging"), folder.attachments());
        LOG.info("Backup written: {} ({} documents, {} tasks, {} activities)", target,
                manifest.count(BackupManifest.DOCUMENTS), manifest.count(BackupManifest.TASKS), manifest.count(BackupManifest.ACTIVITIES));
        return new Written(target, manifest);
    }

    private void rotate() {
        Set<LocalDate> keep = BackupRotation.keep(automaticDays());
        for (LocalDate day : automaticDays()) {
            if (!keep.contains(day)) {
                Path file = folder.backups().resolve("cchc-desk_" + DAY.format(day) + "_" + BackupKind.AUTOMATIC.fileTag() + ".zip");
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Old automatic backup not removed: {}", file, e);
                }
            }
        }
    }

    private List<LocalDate> automaticDays() {
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.map(p -> AUTOMATIC_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> LocalDate.parse(m.group(1)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String fileName(BackupKind kind) {
        return "cchc-desk_" + MINUTE.format(LocalDateTime.now(clock)) + "_" + kind.fileTag() + ".zip";
    }

    /** Flyway versions compared part by part ("2" < "10", "2.1" > "2"). */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long x = i < left.length ? parse(left[i]) : 0;
            long y = i < right.length ? parse(right[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    private static long parse(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Optional<Path> latestAutomatic() {
        return automaticDays().stream().max(Comparator.naturalOrder())
                .map(day -> folder.backups().resolve("cchc-desk_" + DAY.format(day) + "_" + BackupKind.AUTOMATIC.fileTag() + ".zip"));
    }
}
