package vn.cchcdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;

/** {@code register}: the year's or a span's register written as the screen exports it; wrong usage named in Vietnamese. */
class RegisterCommandTest {

    @TempDir
    static Path dir;
    private static App app;
    private static RegisterCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @BeforeAll
    static void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        for (int i = 1; i <= 3; i++) {
            app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse(i + "/SNV").orElseThrow(),
                    new PartialDate(i, i, 2026), null, null, "Sở Nội vụ", "V/v số " + i, Signer.unknown(), List.of(), List.of(),
                    RegisterEntry.arrived(i, LocalDate.of(2026, i, i + 1)), null, null));
        }
        command = new RegisterCommand(app.registers());
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void aYearAndASpan() throws Exception {
        Path year = dir.resolve("sổ đến 2026.xlsx");
        assertThat(command.run(List.of("--direction", "in", "--year", "2026", "--out", year.toString()), output)).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi Sổ đăng ký văn bản đến năm 2026 (3 văn bản) vào")
                .contains(year.toAbsolutePath().toString());
        try (XSSFWorkbook book = Sheets.read(year)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Từ số 1 đến số 3");
        }
        Path span = dir.resolve("span.xlsx");
        assertThat(command.run(List.of("--direction", "in", "--year", "2026", "--from", "01/02/2026", "--to", "31/03/2026",
                "--out", span.toString()), output)).isEqualTo(Command.OK);
        try (XSSFWorkbook book = Sheets.read(span)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Từ ngày 01/02/2026 đến ngày 31/03/2026").contains("Từ số 2 đến số 3");
        }
        Path outgoing = dir.resolve("so-di.xlsx");
        assertThat(command.run(List.of("--direction", "out", "--year", "2026", "--out", outgoing.toString()), output)).isEqualTo(Command.OK);
        try (XSSFWorkbook book = Sheets.read(outgoing)) {
            assertThat(Sheets.allText(book.getSheetAt(1))).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI").contains("Không có văn bản nào");
        }
    }

    @Test
    void wrongUsageIsNamed() {
        Path file = dir.resolve("x.xlsx");
        assertUsage(List.of("--direction", "len", "--year", "2026", "--out", file.toString()), "cli.register.badDirection",
                "Tùy chọn --direction nhận \"in\"");
        assertUsage(List.of("--direction", "in", "--out", file.toString()), "cli.register.badYear", "Tùy chọn --year cần một năm");
        assertUsage(List.of("--direction", "in", "--year", "2026", "--from", "32/01/2026", "--out", file.toString()),
                "cli.register.badDate", "Tùy chọn --from cần một ngày dạng dd/MM/yyyy, nhận được \"32/01/2026\".");
        assertUsage(List.of("--direction", "in", "--year", "2026", "--from", "01/12/2025", "--to", "31/01/2026", "--out", file.toString()),
                "cli.register.badRange", "phải nằm trong năm 2026");
        assertUsage(List.of("--direction", "in", "--year", "2026", "--out", "so.xls"), "cli.report.wrongExtension", "--out");
        assertThat(Files.exists(file)).isFalse();
    }

    private void assertUsage(List<String> args, String key, String text) {
        assertThatThrownBy(() -> command.run(args, output)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(Messages.get(e.messageKey(), e.args())).contains(text);
        });
    }
}
