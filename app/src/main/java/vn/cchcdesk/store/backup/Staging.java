package vn.cchcdesk.store.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch folders for copies being checked, inside the data folder so nothing is written elsewhere. */
final class Staging {

    private Staging() {
    }

    static Path create(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "work-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a left-over scratch file is harmless; the next backup cleans the folder again
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
