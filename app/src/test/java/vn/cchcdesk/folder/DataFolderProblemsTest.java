package vn.cchcdesk.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.ShellTestSupport;

/**
 * The data folder on a read-only disk, on a full disk, locked by another program, damaged: each
 * ends in an AppException whose Vietnamese message says what to do, never in something else.
 */
class DataFolderProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyFolderIsRefusedWithAClearMessage() throws Exception {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        try (ReadOnlyFolder ignored = ReadOnlyFolder.make(data)) {
            assertThatThrownBy(() -> App.open(data, ShellTestSupport.CLOCK))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> {
                        String key = ((AppException) e).messageKey();
                        assertThat(key).isIn("data.folder.readOnly", "data.folder.notWritable");
                        assertThat(Messages.get(key, data)).contains(data.toString(), "chọn", "thư mục khác");
                    });
        }
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.settings().commune()).isPresent();
        }
    }

    @Test
    void aDiskWithoutRoomIsRefusedBeforeAnythingFails() {
        assertThatThrownBy(() -> DataFolder.prepare(dir, Long.MAX_VALUE))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("data.folder.full");
        assertThat(DataFolder.classify(new FileSystemException("/media/usb/x", null, "No space left on device")))
                .isEqualTo("data.folder.full");
        assertThat(DataFolder.classify(new FileSystemException("D:\\\\x", null, "There is not enough space on the disk")))
                .isEqualTo("data.folder.full");
        assertThat(DataFolder.classify(new FileSystemException("/media/cd/x", null, "Read-only file system")))
                .isEqualTo("data.folder.readOnly");
        assertThat(DataFolder.classify(new AccessDeniedException("/srv/x"))).isEqualTo("data.folder.notWritable");
    }

    /** The disk fills while the clerk works (a file size limit stands in for it): a message, and every earlier save is kept. */
    @Test
    void aDiskFillingUpMidWorkGivesAMessageAndKeepsEverySaveBefore() throws Exception {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        List<String> seen = new ArrayList<>();
        Process filler = Children.start("ulimit -f 3072;", DiskFiller.class, data.toString());
        String failed;
        try {
            failed = Children.awaitLine(filler, "failed ", seen);
        } finally {
            Children.stop(filler);
        }
        assertThat(failed).as("the filler's output: %s", seen).isNotNull()
                .contains("Ổ đĩa đã đầy", "vẫn an toàn");
        List<Long> committed = seen.stream().filter(l -> l.startsWith("committed ")).map(l -> Long.parseLong(l.substring(10))).toList();
        assertThat(committed).isNotEmpty();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            committed.forEach(id -> assertThat(app.documents().find(id)).as("document %d", id).isPresent());
        }
    }

    @Test
    void aDatabaseOpenInAnotherProgramIsReportedAsLocked() throws Exception {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        for (String holder : List.of("h2", "app")) {
            Process other = Children.start(null, LockHolder.class, holder, data.toString());
            try {
                assertThat(Children.awaitLine(other, "ready", new ArrayList<>())).isNotNull();
                assertThatThrownBy(() -> App.open(data, ShellTestSupport.CLOCK))
                        .isInstanceOf(AppException.class)
                        .extracting(e -> ((AppException) e).messageKey())
                        .isEqualTo(holder.equals("h2") ? "data.databaseLocked" : "data.locked");
            } finally {
                Children.stop(other);
            }
        }
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.settings().commune()).isPresent();
        }
    }

    @Test
    void aDamagedDatabaseFileIsReportedAsDamagedWhateverTheDamage() throws Exception {
        List<String> reported = new ArrayList<>();
        for (String damage : List.of("garbage", "truncated", "zeroed")) {
            Path data = dir.resolve(damage);
            try (App app = App.open(data, ShellTestSupport.CLOCK)) {
                app.settings().saveCommune(ShellTestSupport.DINH_TAN);
                Records.plans(app, 1, 20);
            }
            damage(data.resolve("cchc-desk.mv.db"), damage);
            try (App app = App.open(data, ShellTestSupport.CLOCK)) {
                // H2 may fall back to an earlier intact version of its file; then the data must read whole
                app.database().dsl().execute("SCRIPT TO '" + dir.resolve(damage + ".sql") + "'");
            } catch (AppException e) {
                assertThat(e.messageKey()).as(damage).isEqualTo("data.databaseDamaged");
                assertThat(Messages.get(e.messageKey(), "x")).contains("bản sao lưu");
                reported.add(damage);
            }
        }
        System.out.println("damaged databases refused: " + reported);
        assertThat(reported).contains("garbage");
    }

    private static void damage(Path file, String how) throws IOException {
        long size = Files.size(file);
        switch (how) {
            case "garbage" -> Files.write(file, "không phải cơ sở dữ liệu ".repeat(500).getBytes());
            case "truncated" -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(size / 3);
                }
            }
            default -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.seek(0);
                    raf.write(new byte[(int) Math.min(size, 16 * 1024)]);
                }
            }
        }
    }
}
