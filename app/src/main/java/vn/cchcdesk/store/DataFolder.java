package vn.cchcdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Locale;
import vn.cchcdesk.domain.AppException;

/**
 * The clerk's data folder: the database file, stored attachments, backups and logs.
 * Nothing the app writes goes outside it (exports go where the clerk chooses).
 */
public final class DataFolder {

    private static final String DATABASE_NAME = "cchc-desk";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /** The per-user folder of the OS: %APPDATA%\CCHC Desk, ~/.local/share/cchc-desk, ~/Library/Application Support/CCHC Desk. */
    public static Path defaultRoot() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("CCHC Desk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CCHC Desk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("cchc-desk");
    }

    /** Room the database needs to work and compact itself; below it the clerk is told before anything fails. */
    public static final long MIN_FREE_BYTES = 20L * 1024 * 1024;

    /** Creates the folder and its parts when missing; a folder that cannot be written is refused with a clear message. */
    public static DataFolder prepare(Path root) {
        return prepare(root, MIN_FREE_BYTES);
    }

    /**
     * As {@link #prepare(Path)}, refusing a disk with less than minFreeBytes free. The folder is
     * proven writable by writing a small file (permission bits lie: on a read-only disk, to root,
     * on network shares).
     */
    public static DataFolder prepare(Path root, long minFreeBytes) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                throw new AppException("data.folder.notFolder", absolute);
            }
            Files.createDirectories(absolute);
            DataFolder folder = new DataFolder(absolute);
            Files.createDirectories(folder.attachments());
            Files.createDirectories(folder.backups());
            Files.createDirectories(folder.logs());
            probeWrite(absolute);
            if (Files.getFileStore(absolute).getUsableSpace() < minFreeBytes) {
                throw new AppException("data.folder.full", absolute);
            }
            return folder;
        } catch (IOException e) {
            throw new AppException(e, classify(e), absolute);
        }
    }

    private static void probeWrite(Path root) throws IOException {
        Path probe = root.resolve(".write-probe");
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(new byte[4096]));
            channel.force(false);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** The message for a failed write: read-only disk, full disk, or no permission (any other cause). */
    public static String classify(IOException e) {
        String reason = String.valueOf(e instanceof FileSystemException fs ? fs.getReason() : e.getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains("read-only") || reason.contains("read only")) {
            return "data.folder.readOnly";
        }
        if (reason.contains("no space") || reason.contains("not enough space") || reason.contains("disk full")
                || reason.contains("quota") || reason.contains("file too large")) {
            return "data.folder.full";
        }
        return "data.folder.notWritable";
    }

    public Path root() {
        return root;
    }

    /** The H2 database path without its ".mv.db" suffix, as the JDBC URL wants it. */
    public Path databaseBase() {
        return root.resolve(DATABASE_NAME);
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path attachments() {
        return root.resolve("attachments");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve(".cchc-desk.lock");
    }

    /** Resolves a path stored in the database; refuses anything that would escape the folder. */
    public Path resolveInside(String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new AppException("data.folder.outside", relative);
        }
        return resolved;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
