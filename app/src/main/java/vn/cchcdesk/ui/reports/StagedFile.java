package vn.cchcdesk.ui.reports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.ui.common.Progress;

/**
 * A file written under a hidden name beside its target and moved over it only if the clerk did
 * not press Dừng meanwhile: a cancel honoured at any moment leaves no new file and the old one
 * intact, even for writers that do not check for it themselves (the Word report, a filled form).
 */
final class StagedFile {

    private StagedFile() {
    }

    static <T> T write(Path target, Progress progress, Function<Path, T> writer) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AppException("reports.file.noFolder", String.valueOf(folder), file.getFileName());
        }
        Path staged = folder.resolve(".~" + file.getFileName() + "." + System.nanoTime() + ".part");
        try {
            T result = writer.apply(staged);
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            try {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } catch (IOException e) {
            throw new AppException(e, "reports.file.cannotWrite", file.getFileName(), e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException ignored) {
                // a hidden leftover is harmless; the next export stages its own
            }
        }
    }
}
