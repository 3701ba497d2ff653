package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.Command;
import vn.cchcdesk.domain.activity.ActivityFilter;

/** The demo-data subcommand through Main, as a script runs it. */
class MainDemoDataTest {

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
    void fillsANewFolderPrintsWhatAndHowLongThenRefusesToFillItAgain() {
        assertThat(run("demo-data", "--data-dir", dir.toString(), "--activities", "300", "--documents", "40",
                "--tasks", "20", "--years", "2", "--seed", "5")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("40 văn bản", "20 nhiệm vụ", "300 hoạt động tuyên truyền", "hạt giống 5")
                .containsPattern("demo-data-ms: \\d+");
        try (App app = App.open(dir)) {
            assertThat(app.activities().count(ActivityFilter.all())).isEqualTo(300);
            assertThat(app.settings().commune()).isPresent();
        }

        assertThat(run("demo-data", "--data-dir", dir.toString(), "--activities", "10")).isEqualTo(Command.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("thư mục dữ liệu mới");
    }

    @Test
    void badCountsAreAUsageErrorNamingTheOption() {
        assertThat(run("demo-data", "--data-dir", dir.toString(), "--years", "0", "--activities", "many")).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--activities", "many");
        err.reset();
        assertThat(run("demo-data", "--data-dir", dir.toString(), "--years", "0")).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--years: Phải là số từ 1 đến 25.");
        assertThat(run("demo-data", "--data-dir", dir.toString(), "extra")).isEqualTo(Command.USAGE);
    }

    @Test
    void printsItsUsage() {
        assertThat(run("demo-data", "--help")).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--activities", "--seed", "hạt giống");
    }
}
