package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.intake.sheet.Sheets.row;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.IMPORT_BATCH;
import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.Command;
import vn.cchcdesk.intake.sheet.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;

/** The import-activities subcommand through Main, as a script runs it. */
class MainImportActivitiesTest {

    @TempDir
    Path dir;
    private Path data;
    private Path good;
    private Path bad;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @BeforeEach
    void files() throws Exception {
        data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        good = Sheets.xlsx(dir.resolve("hnd.xlsx"), Sheets.table(List.of(
                row("02/04/2026", null, "Phát thanh", "Phát thanh về dịch vụ công", 2),
                row("05/04/2026", null, "Hội nghị", "Hội nghị tập huấn", 1, null, 120, 45))));
        bad = Sheets.xlsx(dir.resolve("dtn.xlsx"), Sheets.table(List.of(
                row("02/04/2026", "ĐTN", "Facebook", "Bài đăng về Đề án 06", 1),
                row("31/02/2026", "ĐTN", "Facebook", "Ngày sai", 1),
                row("03/04/2026", "ĐTN", "Loa kéo", "Hình thức lạ", "ba"))));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, output);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private int count(org.jooq.Table<?> table) {
        try (App app = App.open(data)) {
            return app.database().dsl().fetchCount(table);
        }
    }

    @Test
    void printsEveryProblemAndWritesNothingWhenAnyRowIsInvalid() {
        int code = run("import-activities", "--data-dir", data.toString(), good.toString(), bad.toString(), "--unit", "hoi nong dan",
                "--period", "2026-Q2");
        assertThat(code).as(printed()).isEqualTo(Command.FAILED);
        assertThat(printed()).contains(
                "dtn.xlsx:3:B cột B (Ngày thực hiện): Ngày \"31/02/2026\" không có thật trên lịch",
                "dtn.xlsx:4:D cột D (Hình thức): Không có hình thức \"Loa kéo\" trong danh mục.",
                "dtn.xlsx:4:F cột F (Số lượng): \"ba\" không phải là số.",
                "Chưa ghi gì: có 2 dòng không hợp lệ.");
        assertThat(count(ACTIVITY) + count(IMPORT_BATCH)).isZero();
    }

    @Test
    void validOnlyWritesTheValidRowsAndRunningAgainDoublesNothing() {
        assertThat(run("import-activities", "--data-dir", data.toString(), good.toString(), bad.toString(), "--valid-only",
                "--unit", "HND", "--period", "2026-Q2")).as(printed()).isEqualTo(Command.OK);
        assertThat(printed()).contains("Đã nhập 2 dòng từ hnd.xlsx", "Đã nhập 1 dòng từ dtn.xlsx", "2 dòng không hợp lệ");
        assertThat(count(ACTIVITY)).isEqualTo(3);
        assertThat(count(UNIT_SUBMISSION)).as("--unit names the sender of every file").isEqualTo(1);

        assertThat(run("import-activities", "--data-dir", data.toString(), good.toString(), "--unit", "HND")).isEqualTo(Command.OK);
        assertThat(printed()).contains("Đã nhập 0 dòng từ hnd.xlsx (bỏ qua 2 dòng đã nhập trước đây");
        assertThat(count(ACTIVITY)).isEqualTo(3);
    }

    @Test
    void anUnreadableFileWritesNothingAndUsageErrorsExitWithTwo() throws Exception {
        Path fake = Files.writeString(dir.resolve("gia.xlsx"), "không phải Excel");
        assertThat(run("import-activities", "--data-dir", data.toString(), good.toString(), fake.toString(), "--valid-only"))
                .isEqualTo(Command.FAILED);
        assertThat(printed()).contains("gia.xlsx", "Chưa ghi gì: có tệp không đọc được.");
        assertThat(count(ACTIVITY)).isZero();

        assertThat(run("import-activities", "--data-dir", data.toString())).isEqualTo(Command.USAGE);
        assertThat(run("import-activities", "--data-dir", data.toString(), good.toString(), "--period", "quy 2")).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("quy 2");
        assertThat(run("import-activities", "--data-dir", data.toString(), good.toString(), "--unit", "Phòng Tư pháp"))
                .isEqualTo(Command.USAGE);
        assertThat(run("import-activities", "--help")).isEqualTo(Command.OK);
        assertThat(printed()).contains("--valid-only", "Mã thoát");
    }
}
