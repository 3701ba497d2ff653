package vn.cchcdesk.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.FileViewer;

/** Xuất sổ đăng ký: the choice checked, the workbook written off the FX thread and shown in its folder. */
class RegisterExportViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private final List<Path> revealed = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final FileViewer viewer = new FileViewer() {
        @Override
        public void open(Path file) {
            opened.add(file);
        }

        @Override
        public void reveal(Path file) {
            revealed.add(file);
        }
    };

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
        app.settings().saveCommune(ShellTestSupport.DINH_TAN);
        for (int i = 1; i <= 4; i++) {
            app.documents().save(new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse((40 + i) + "/SNV").orElseThrow(),
                    new PartialDate(i, 2 * i, 2026), null, null, "Sở Nội vụ", "V/v việc " + i, Signer.unknown(), List.of(), List.of(),
                    RegisterEntry.arrived(i, LocalDate.of(2026, 2 * i, i + 2)), null, null));
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    private RegisterExportViewModel model(Direction shown, Integer year) {
        return new RegisterExportViewModel(app.registers(), viewer, ShellTestSupport.context(said), shown, year);
    }

    @Test
    void theYearsIncomingRegisterIsWrittenThenShownInItsFolder() throws Exception {
        RegisterExportViewModel model = model(null, null);
        assertThat(model.directionProperty().get()).isEqualTo(Direction.IN);
        assertThat(model.yearProperty().get()).as("this year").isEqualTo(2026);
        assertThat(model.suggestedFileName()).isEqualTo("Sổ đăng ký văn bản đến năm 2026.xlsx");
        Path file = dir.resolve(model.suggestedFileName());

        model.export(file);

        assertThat(revealed).containsExactly(file);
        assertThat(opened).isEmpty();
        assertThat(said).containsExactly("Đã xuất sổ (4 văn bản) vào " + file.toAbsolutePath());
        assertThat(model.lastRegister().lines()).hasSize(4);
        try (XSSFWorkbook book = Sheets.read(file)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Từ số 1 đến số 4");
            assertThat(Sheets.allText(book.getSheetAt(1))).contains("41/SNV").contains("44/SNV");
        }
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aSpanOfDaysIsCheckedAndNamedInTheFile() throws Exception {
        RegisterExportViewModel model = model(Direction.IN, 2026);
        model.spanProperty().set(true);
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        model.fromProperty().set(LocalDate.of(2026, 5, 1));
        model.toProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(model.validate()).isFalse();
        assertThat(model.errors().get("to")).isEqualTo("Ngày cuối không thể trước ngày đầu.");
        model.toProperty().set(LocalDate.of(2027, 1, 31));
        model.validate();
        assertThat(model.errors().get("from")).isEqualTo("Khoảng ngày phải nằm trong năm 2026.");
        model.fromProperty().set(LocalDate.of(2026, 3, 1));
        model.toProperty().set(LocalDate.of(2026, 6, 30));
        assertThat(model.validate()).isTrue();
        assertThat(model.suggestedFileName()).isEqualTo("Sổ đăng ký văn bản đến từ 01-03-2026 đến 30-06-2026.xlsx");

        Path file = dir.resolve("so.xlsx");
        model.export(file);
        assertThat(model.lastRegister().lines()).extracting(l -> l.arrivalNumber()).containsExactly(2, 3);
        assertThat(Files.exists(file)).isTrue();

        RegisterExportViewModel outgoing = model(Direction.OUT, 2025);
        assertThat(outgoing.suggestedFileName()).isEqualTo("Sổ đăng ký văn bản đi năm 2025.xlsx");
        outgoing.yearProperty().set(null);
        Path none = dir.resolve("khong.xlsx");
        outgoing.export(none);
        assertThat(outgoing.errors().get("year")).isEqualTo("Chọn năm của sổ, ví dụ 2026.");
        assertThat(Files.exists(none)).isFalse();
    }
}
