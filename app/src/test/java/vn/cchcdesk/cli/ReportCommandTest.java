package vn.cchcdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;

class ReportCommandTest {

    // one data folder for all: the command only reads it
    @TempDir
    static Path dir;
    private static App app;
    private static ReportCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @BeforeAll
    static void open() {
        app = ReportFixture.open(dir.resolve("data"));
        command = new ReportCommand(ReportFixture.queries(app), ReportFixture.CLOCK);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void writesTheWorkbookAndTheDraft() throws Exception {
        Path xlsx = dir.resolve("bao-cao quý II.xlsx");
        Path docx = dir.resolve("bao-cao quý II.docx");
        int code = command.run(List.of("--period", "2026-Q2", "--out", xlsx.toString(), "--docx", docx.toString()), output);

        assertThat(code).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi biểu số liệu quý II năm 2026 (9 hoạt động) vào")
                .contains(xlsx.toAbsolutePath().toString()).contains("Đã ghi dự thảo báo cáo vào");
        try (XSSFWorkbook book = Sheets.read(xlsx)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("QUÝ II NĂM 2026");
        }
        assertThat(Files.size(docx)).isPositive();
    }

    @Test
    void everyPeriodCodeOfTheSubmissions() throws Exception {
        for (String code : List.of("2026-H1", "2026-9M", "2026", "2026-q3")) {
            Path xlsx = dir.resolve(code + ".xlsx");
            assertThat(command.run(List.of("--period", code, "--out", xlsx.toString()), output)).isEqualTo(Command.OK);
            try (XSSFWorkbook book = Sheets.read(xlsx)) {
                assertThat(Sheets.allText(book.getSheetAt(0))).contains(switch (code) {
                    case "2026-H1" -> "6 THÁNG ĐẦU NĂM 2026";
                    case "2026-9M" -> "9 THÁNG NĂM 2026";
                    case "2026-q3" -> "QUÝ III NĂM 2026";
                    default -> "HÀNH CHÍNH NĂM 2026";
                });
            }
        }
    }

    @Test
    void aPeriodItCannotReadIsAUsageErrorInVietnamese() {
        for (String bad : List.of("2026-Q5", "Q2-2026", "quý 2", "2026-H2", "")) {
            assertThatThrownBy(() -> command.run(List.of("--period", bad, "--out", dir.resolve("x.xlsx").toString()), output))
                    .isInstanceOfSatisfying(AppException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("cli.report.badPeriod");
                        assertThat(Messages.get(e.messageKey(), e.args())).startsWith("Kỳ báo cáo \"" + bad + "\" không hợp lệ.")
                                .contains("2026-H1 (6 tháng)");
                    });
        }
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void wrongFileKindsAndMissingOptions() {
        assertThatThrownBy(() -> command.run(List.of("--period", "2026-Q2", "--out", "bao-cao.xls"), output))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("cli.report.wrongExtension"));
        assertThatThrownBy(() -> command.run(List.of("--period", "2026-Q2", "--out", "a.xlsx", "--docx", "a.doc"), output))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.args()).contains("--docx"));
        assertThatThrownBy(() -> command.run(List.of("--out", "a.xlsx"), output))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("cli.missingOption"));
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        Path missing = dir.resolve("không có").resolve("bao-cao.xlsx");
        assertThatThrownBy(() -> command.run(List.of("--period", "2026-Q2", "--out", missing.toString()), output))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("reports.file.noFolder"));
    }
}
