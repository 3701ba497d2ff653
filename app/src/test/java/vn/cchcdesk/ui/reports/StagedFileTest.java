package vn.cchcdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.ui.common.Progress;

/** Dừng pressed while a writer that never looks at it runs: no new file, the old one intact, nothing left behind. */
class StagedFileTest {

    @TempDir
    Path dir;

    private static Progress cancelledWhen(AtomicBoolean flag) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
    }

    @Test
    void aCancelDuringTheWriteKeepsTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("bao-cao.docx"), "bản cũ");
        AtomicBoolean stop = new AtomicBoolean();
        assertThatThrownBy(() -> StagedFile.write(target, cancelledWhen(stop), staged -> {
            writeQuietly(staged, "bản mới");
            stop.set(true); // the clerk presses Dừng while the writer finishes
            return null;
        })).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("bản cũ");
        try (var listed = Files.list(dir)) {
            assertThat(listed).containsExactly(target);
        }
    }

    @Test
    void withoutACancelTheFileIsReplaced() throws Exception {
        Path target = Files.writeString(dir.resolve("bao-cao.docx"), "bản cũ");
        String result = StagedFile.write(target, cancelledWhen(new AtomicBoolean()), staged -> {
            writeQuietly(staged, "bản mới");
            return "xong";
        });
        assertThat(result).isEqualTo("xong");
        assertThat(Files.readString(target)).isEqualTo("bản mới");
        try (var listed = Files.list(dir)) {
            assertThat(listed).containsExactly(target);
        }
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
