package vn.cchcdesk.store.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Read-only copies of stored files named as the clerk knows them, for the system viewer: the stored
 * file has no extension, so no program would know it.
 */
final class ViewableCopies {

    private static final String OPENED = ".open";

    private final AttachmentDisk disk;

    ViewableCopies(AttachmentDisk disk) {
        this.disk = disk;
    }

    /** Reuses the copy while it is intact. */
    Path of(Path stored, String sha256, long sizeBytes, String name) {
        try {
            Path dir = Files.createDirectories(disk.root().resolve(OPENED).resolve(sha256.substring(0, 16)));
            Path copy = dir.resolve(FileNames.safeOnDisk(name));
            if (Files.isRegularFile(copy) && Files.size(copy) == sizeBytes) {
                return copy;
            }
            Path temp = Files.createTempFile(dir, "open-", ".tmp");
            Files.copy(stored, temp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(copy)) {
                copy.toFile().setWritable(true);
            }
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // read-only: Word and the PDF reader say so, rather than saving edits the register never sees
            copy.toFile().setReadOnly();
            return copy;
        } catch (IOException e) {
            throw AttachmentDisk.ioFailure(e, name);
        }
    }
}
