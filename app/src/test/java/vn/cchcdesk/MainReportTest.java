package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.Command;
import vn.cchcdesk.ui.ShellTestSupport;

/** The report subcommand through the real entry point: exit codes 0, 1 and 2 with Vietnamese messages. */
class MainReportTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private int run(String... args) {
        return Main.run(args, output);
    }

    @Test
    void exitCodes() {
        Path data = dir.resolve("data");
        Path xlsx = dir.resolve("q2.xlsx");
        // a new folder: the commune is not set up yet
        assertThat(run("report", "--data-dir", data.toString(), "--period", "2026-Q2", "--out", xlsx.toString())).isEqualTo(Command.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Chưa có thông tin của xã");

        ShellTestSupport.setUpCommune(data);
        assertThat(run("report", "--data-dir", data.toString(), "--period", "2026-Q2", "--out", xlsx.toString())).isEqualTo(Command.OK);
        assertThat(Files.exists(xlsx)).isTrue();
        assertThat(run("--data-dir", data.toString(), "report", "--period", "2026-Q7", "--out", xlsx.toString())).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Kỳ báo cáo \"2026-Q7\" không hợp lệ");
        assertThat(run("report", "--data-dir", data.toString(), "--period", "2026")).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Thiếu tùy chọn bắt buộc --out");
    }

    @Test
    void listedInHelpWithItsUsage() {
        assertThat(run("--help")).isEqualTo(Command.OK);
        assertThat(run("report", "--help")).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("report", "2026-H1 (6 tháng)", "--docx").doesNotContain("!cli.");
    }
}
