package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.collect.SubmissionStatus;
import vn.cchcdesk.ui.collect.CollectViewModel;
import vn.cchcdesk.ui.shell.Shell;

/**
 * Thu thập số liệu through the real window: forms generated for every unit, one filled with two
 * bad rows and dropped on the screen, both bad rows reported by row and column, nothing written
 * until the clerk confirms, then only the valid rows, and the unit shown as having sent in time.
 */
@ExtendWith(ApplicationExtension.class)
class CollectUiTest {

    @TempDir
    static Path dir;
    private Shell shell;
    private Path data;
    private App app;

    @Start
    void start(Stage stage) {
        data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        // as ShellTestSupport.start, keeping the app opened so the test can count what is written
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        shell = new Shell(stage, d -> app = App.open(d, ShellTestSupport.CLOCK), new vn.cchcdesk.ui.common.SyncTaskRunner(),
                javafx.collections.FXCollections.observableArrayList(), ShellTestSupport.CLOCK);
        shell.start(data, () -> { });
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void generateFormsThenImportOneWithTwoBadRows(FxRobot robot) throws Exception {
        robot.clickOn("#nav-collect");
        verifyThat("#collectView", isVisible());
        assertThat(robot.lookup("#collectPeriodInfo").queryAs(Label.class).getText())
                .isEqualTo("Số liệu tính từ 15/03/2026 đến 14/06/2026 · Hạn các đơn vị gửi: 05/06/2026");

        robot.clickOn("1. Biểu mẫu gửi đơn vị");
        Path forms = dir.resolve("bieu-mau");
        robot.interact(() -> robot.lookup("#formsFolder").queryAs(TextField.class).setText(forms.toString()));
        robot.clickOn("#formsGenerate");
        List<Path> files;
        try (Stream<Path> listed = Files.list(forms)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSize(12).allSatisfy(f -> assertThat(f.getFileName().toString()).startsWith("so-lieu-tuyen-truyen_2026-Q2_"));
        assertThat(robot.lookup("#formsResult").queryAs(Label.class).getText()).startsWith("Đã tạo 12 tệp biểu mẫu");
        robot.interact(() -> Snapshots.save(robot.lookup("#collectView").query().getScene(), "collect-forms"));

        Path filled = forms.resolve("so-lieu-tuyen-truyen_2026-Q2_hoi-nong-dan-xa.xlsx");
        fill(filled);
        robot.clickOn("2. Nhập số liệu");
        CollectViewModel model = (CollectViewModel) robot.lookup("#collectView").query().getProperties().get(CollectViewModel.class);
        robot.interact(() -> model.imports().importFiles(List.of(filled)));

        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                .contains("5 dòng — 3 hợp lệ, 2 có lỗi, 0 đã nhập trước đây");
        TableView<RowProblem> problems = robot.lookup("#importProblems").queryTableView();
        assertThat(problems.getItems()).filteredOn(RowProblem::isError)
                .extracting(p -> p.row() + " " + p.columnLetter() + " " + p.header())
                .containsExactly("12 B Ngày thực hiện", "13 D Hình thức");
        TableView<ImportRow> rows = robot.lookup("#importRows").queryTableView();
        assertThat(rows.getItems()).extracting(ImportRow::status).containsExactly(ImportRow.Status.VALID,
                ImportRow.Status.VALID, ImportRow.Status.VALID, ImportRow.Status.INVALID, ImportRow.Status.INVALID);
        assertThat(activities()).as("nothing written before the clerk confirms").isZero();
        robot.interact(() -> Snapshots.save(robot.lookup("#collectView").query().getScene(), "collect-preview"));

        robot.clickOn("#importConfirm");
        assertThat(robot.lookup("#importMessage").queryAs(Label.class).getText())
                .startsWith("Đã nhập 3 dòng từ tệp \"so-lieu-tuyen-truyen_2026-Q2_hoi-nong-dan-xa.xlsx\"");
        assertThat(activities()).isEqualTo(3);

        robot.clickOn("3. Tình hình nộp");
        TableView<SubmissionStatus> board = robot.lookup("#boardTable").queryTableView();
        assertThat(board.getItems()).filteredOn(s -> "HND".equals(s.unit().shortName())).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SubmissionStatus.State.ON_TIME);
            assertThat(s.rowsImported()).isEqualTo(3);
        });
        assertThat(robot.lookup("#boardSummary").queryAs(Label.class).getText()).startsWith("Đã nộp 1/12 đơn vị");
        robot.interact(() -> Snapshots.save(robot.lookup("#collectView").query().getScene(), "collect-board"));

        // the same file dropped again: every row already there, nothing doubled
        robot.clickOn("2. Nhập số liệu");
        robot.interact(() -> model.imports().importFiles(List.of(filled)));
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("3 đã nhập trước đây");
        robot.clickOn("#importDiscard");
        assertThat(activities()).isEqualTo(3);
    }

    private int activities() {
        return app.database().dsl().fetchCount(ACTIVITY);
    }

    /** Fills the unit's form as the unit would in Excel: three good rows, a date that does not exist, an unknown form. */
    private static void fill(Path file) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            row(sheet, 8, LocalDate.of(2026, 4, 2), "Chương trình phát thanh (đài truyền thanh cơ sở)", "Phát thanh về dịch vụ công", 2);
            row(sheet, 9, LocalDate.of(2026, 4, 15), "Hội nghị, hội thảo, tập huấn", "Hội nghị tập huấn TTHC", 1);
            row(sheet, 10, LocalDate.of(2026, 5, 3), "Bài đăng mạng xã hội (Zalo OA, Facebook)", "Bài đăng về Đề án 06", 3);
            XSSFRow bad = sheet.getRow(11);
            bad.getCell(1).setCellValue("31/04/2026");
            bad.getCell(3).setCellValue("Tin, bài trên Trang thông tin điện tử");
            bad.getCell(4).setCellValue("Tin ngày sai");
            XSSFRow unknown = sheet.getRow(12);
            unknown.getCell(1).setCellValue(LocalDate.of(2026, 5, 10));
            unknown.getCell(3).setCellValue("Loa kéo");
            unknown.getCell(4).setCellValue("Tuyên truyền bằng loa kéo");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void row(XSSFSheet sheet, int index, LocalDate date, String form, String title, int quantity) {
        XSSFRow row = sheet.getRow(index);
        row.getCell(1).setCellValue(date);
        row.getCell(3).setCellValue(form);
        row.getCell(4).setCellValue(title);
        row.getCell(5).setCellValue(quantity);
    }
}
