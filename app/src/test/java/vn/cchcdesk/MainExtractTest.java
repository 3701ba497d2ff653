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

/** The extract subcommand through the real entry point: listed in --help, exit codes 0, 1 and 2, no data folder. */
class MainExtractTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void exitCodes() throws Exception {
        Path good = Files.writeString(dir.resolve("cv.txt"), "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 3/UBND-VP\n\nV/v họp\n");
        Path bad = Files.createFile(dir.resolve("rong.pdf"));
        Path dataDir = dir.resolve("data");

        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "extract", good.toString()}, output)).isEqualTo(Command.OK);
        assertThat(Main.run(new String[] {"extract", good.toString(), bad.toString()}, output)).isEqualTo(Command.FAILED);
        assertThat(Main.run(new String[] {"extract"}, output)).isEqualTo(Command.USAGE);
        assertThat(Main.run(new String[] {"extract", "--nope", good.toString()}, output)).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("extract");
        assertThat(Files.exists(dataDir)).as("extract works on files only").isFalse();
    }

    @Test
    void listedInHelpWithItsUsage() {
        assertThat(Main.run(new String[] {"--help"}, output)).isEqualTo(Command.OK);
        assertThat(Main.run(new String[] {"extract", "--help"}, output)).isEqualTo(Command.OK);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("extract").contains("--pretty").doesNotContain("!cli.");
    }
}
