package vn.cchcdesk.store.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file copied into the data folder's incoming area and hashed, not yet in the store: what a
 * save links inside its transaction. Discard it when the save is over (linked or not).
 *
 * @param temp         the copy, on the same disk as the store so that moving it in is atomic
 * @param originalName the file's name where the clerk picked it
 */
public record StagedFile(Path temp, String sha256, long sizeBytes, String originalName, String mediaType) {

    /** Removes the incoming copy if it is still there (a linked file was moved away already). */
    public void discard() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
