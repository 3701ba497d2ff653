package vn.cchcdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import vn.cchcdesk.domain.AppException;

/**
 * Writes a file the safe way: into a hidden temporary file beside it, then moved over it, so a
 * write that fails (or is cancelled) never leaves half a file and never destroys the old one.
 */
public final class SafeFiles {

    /** What writes the bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /**
     * @throws AppException naming the file when its folder is missing or it cannot be written
     *                      (on Windows, typically because Excel or Word has it open)
     */
    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AppException("reports.file.noFolder", String.valueOf(folder), target.getFileName());
        }
        // not Files.createTempFile: its owner-only permissions would stay on the moved file
        Path temp = folder.resolve(".~" + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new AppException(e, "reports.file.cannotWrite", target.getFileName(), e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover hidden temp file is harmless; the next save makes its own
            }
        }
    }
}
