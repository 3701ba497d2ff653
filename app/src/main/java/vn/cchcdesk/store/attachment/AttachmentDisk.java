package vn.cchcdesk.store.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.store.DataFolder;

/** The data folder's attachments area on the disk, shared by staging, storing and opening files. */
final class AttachmentDisk {

    // under the store's name, as the rest of its messages: one component in the log
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStore.class);
    private static final String INCOMING = ".incoming";

    private final DataFolder folder;

    AttachmentDisk(DataFolder folder) {
        this.folder = folder;
    }

    Path root() {
        return folder.attachments();
    }

    /** Where staged copies wait, on the same disk as the store so that moving them in is atomic. */
    Path incoming() {
        return folder.attachments().resolve(INCOMING);
    }

    /** Refuses anything that is not a staged copy before it is moved into the store. */
    void requireStaged(StagedFile staged) {
        if (!staged.temp().toAbsolutePath().normalize().startsWith(incoming())) {
            // moving anything else would take the clerk's own file away from where it was
            throw new IllegalArgumentException("Not a staged file: " + staged.temp());
        }
    }

    /** A stored path resolved in the data folder; refused when it leads outside the store. */
    Path inside(String relative) {
        Path path = folder.resolveInside(relative);
        if (!path.startsWith(folder.attachments())) {
            throw new AppException("data.folder.outside", relative);
        }
        return path;
    }

    void moveIn(StagedFile staged, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw ioFailure(e, staged.originalName());
        }
    }

    /** A full disk is said as such by the UI; any other failure names the file. */
    static RuntimeException ioFailure(IOException e, String name) {
        if (e instanceof FileSystemException fs && String.valueOf(fs.getReason()).toLowerCase().contains("space")) {
            return new UncheckedIOException(e);
        }
        return new AppException(e, "attachments.copyFailed", name, String.valueOf(e.getMessage()));
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a file left behind wastes space but loses nothing; the next sweep or purge retries
            LOG.warn("Could not delete {}", path, e);
        }
    }
}
