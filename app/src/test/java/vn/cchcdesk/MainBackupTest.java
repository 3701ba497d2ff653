package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.Command;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.ShellTestSupport;

/** backup --out FILE and restore FILE from the command line. */
class MainBackupTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void backupThenRestoreFromTheCommandLine() {
        Path data = dir.resolve("data");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            Records.plans(app, 1, 2);
        }
        Path file = dir.resolve("sao-luu.zip");
        assertThat(Main.run(new String[] {"backup", "--data-dir", data.toString(), "--out", file.toString()}, output))
                .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
        assertThat(file).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã sao lưu vào", "xã Định Tân", "2 văn bản, 4 nhiệm vụ", "SHA-256");

        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            Records.plans(app, 3, 3);
        }
        out.reset();
        assertThat(Main.run(new String[] {"restore", "--data-dir", data.toString(), file.toString(), "--preview"}, output))
                .isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 văn bản").doesNotContain("Đã khôi phục");
        assertThat(Main.run(new String[] {"restore", "--data-dir", data.toString(), file.toString()}, output))
                .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dữ liệu hiện tại đã được sao lưu vào", "Đã khôi phục dữ liệu từ sao-luu.zip");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(2);
        }
    }

    @Test
    void aFileThatIsNotABackupFailsWithAMessageAndExitCodeOne() throws Exception {
        Path data = dir.resolve("data");
        Path junk = Files.writeString(dir.resolve("junk.zip"), "rác");
        assertThat(Main.run(new String[] {"restore", "--data-dir", data.toString(), junk.toString()}, output)).isEqualTo(Command.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("không phải là bản sao lưu của CCHC Desk");
        assertThat(Main.run(new String[] {"restore", "--data-dir", data.toString()}, output)).isEqualTo(Command.USAGE);
    }
}
