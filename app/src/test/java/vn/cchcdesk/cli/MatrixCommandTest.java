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
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/** {@code matrix}: a year's or a directive's matrix, a unit's list; wrong usage named in Vietnamese (cli.* keys: Main exits with 2). */
class MatrixCommandTest {

    @TempDir
    static Path dir;
    private static App app;
    private static MatrixCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @BeforeAll
    static void open() {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        app = App.open(data, ShellTestSupport.CLOCK);
        TaskDemoData.fill(app);
        command = new MatrixCommand(app.matrices());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void aYearADirectiveAndAUnit() throws Exception {
        Path year = dir.resolve("ma trận 2026.xlsx");
        assertThat(command.run(List.of("--year", "2026", "--out", year.toString()), output)).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi ma trận 14 nhiệm vụ × 19 đơn vị vào")
                .contains(year.toAbsolutePath().toString());
        try (XSSFWorkbook book = Sheets.read(year)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Năm 2026", "Quá hạn");
        }
        Path letter = dir.resolve("cv.xlsx");
        assertThat(command.run(List.of("--directive", "1069/ubnd-vhxh", "--out", letter.toString()), output)).isEqualTo(Command.OK);
        try (XSSFWorkbook book = Sheets.read(letter)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Thực hiện Công văn số 1069/UBND-VHXH ngày 26/03/2026")
                    .doesNotContain("210/UBND-VHXH");
        }
        Path unit = dir.resolve("vhxh.xlsx");
        assertThat(command.run(List.of("--year", "2026", "--unit", "vhxh", "--out", unit.toString()), output)).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nhiệm vụ của Phòng Văn hóa - Xã hội vào");
        try (XSSFWorkbook book = Sheets.read(unit)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("DANH SÁCH NHIỆM VỤ CỦA PHÒNG VĂN HÓA - XÃ HỘI");
        }
    }

    @Test
    void wrongUsageIsNamed() throws Exception {
        Path file = dir.resolve("x.xlsx");
        assertUsage(List.of("--out", file.toString()), "cli.matrix.oneScope", "Cần đúng một trong hai tùy chọn");
        assertUsage(List.of("--year", "2026", "--directive", "5", "--out", file.toString()), "cli.matrix.oneScope", "--directive");
        assertUsage(List.of("--year", "20x6", "--out", file.toString()), "cli.matrix.badYear", "nhận được \"20x6\"");
        assertUsage(List.of("--directive", "9999/XYZ", "--out", file.toString()), "cli.matrix.unknownDirective", "\"9999/XYZ\"");
        assertUsage(List.of("--year", "2026", "--unit", "Phòng Không Có", "--out", file.toString()), "cli.matrix.unknownUnit",
                "Không có đơn vị nào tên hoặc mã \"Phòng Không Có\"");
        assertUsage(List.of("--year", "2026", "--out", "ma-tran.xls"), "cli.report.wrongExtension", "--out");
        assertThat(Files.exists(file)).isFalse();
    }

    private void assertUsage(List<String> args, String key, String text) {
        assertThatThrownBy(() -> command.run(args, output)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(Messages.get(e.messageKey(), e.args())).contains(text);
        });
    }
}
