package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.Command;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void helpListsEverySubcommandInVietnamese() {
        assertThat(Main.run(new String[] {"--help"}, output)).isEqualTo(Command.OK);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Cách dùng", "--data-dir", "--startup-probe");
        App.commands().forEach(spec -> assertThat(text).contains(spec.name()));
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(Main.run(new String[] {"frobnicate"}, output)).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có lệnh \"frobnicate\"");
        assertThat(Main.run(new String[] {"--colour"}, output)).isEqualTo(Command.USAGE);
        assertThat(Main.run(new String[] {"--data-dir"}, output)).isEqualTo(Command.USAGE);
    }

    @Test
    void theDataFolderOptionMayStandAnywhere() {
        Main.ParsedArgs parsed = Main.ParsedArgs.parse(List.of("report", "--period", "2026-Q2", "--data-dir", "/tmp/d", "--out", "x.xlsx"));
        assertThat(parsed.command()).contains("report");
        assertThat(parsed.dataDir()).contains(Path.of("/tmp/d"));
        assertThat(parsed.rest()).containsExactly("--period", "2026-Q2", "--out", "x.xlsx");
        Main.ParsedArgs gui = Main.ParsedArgs.parse(List.of("--data-dir=/tmp/e", "--startup-probe"));
        assertThat(gui.command()).isEmpty();
        assertThat(gui.startupProbe()).isTrue();
        assertThat(gui.dataDir()).contains(Path.of("/tmp/e"));
    }

    @Test
    void everyCommandHasItsSummaryAndUsage() {
        App.commands().forEach(spec -> {
            assertThat(vn.cchcdesk.i18n.Messages.has(spec.summaryKey())).as(spec.summaryKey()).isTrue();
            assertThat(vn.cchcdesk.i18n.Messages.has("cli." + Main.camel(spec.name()) + ".usage")).as(spec.name()).isTrue();
        });
        assertThat(Main.camel("import-activities")).isEqualTo("importActivities");
    }
}
