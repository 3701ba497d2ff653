package vn.cchcdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.domain.period.PeriodKind;
import vn.cchcdesk.report.ReportFixture;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.report.template.SummaryRow;
import vn.cchcdesk.report.template.TemplateFillerTest;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.shell.Shell;

/**
 * Báo cáo through the real window on the report fixture's data: a period chosen, Biểu 1
 * previewed, the workbook and the written report exported to files chosen by the test (the
 * native chooser answered by {@link ReportsViewModel#setFiles}) and read back, a higher level's
 * form filled with its unknown name reported, Biểu 1–4 previewed for printing.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsUiTest {

    @TempDir
    static Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data-" + System.nanoTime());
        ReportFixture.open(data).close();
        shell = ShellTestSupport.start(stage, data, ReportFixture.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    /** Answers the file choices: a template to open, then whatever file name is asked for, in the temp folder. */
    private static ReportFiles answering(Path template) {
        return new ReportFiles() {
            @Override
            public Optional<Path> saveAs(Window owner, String titleKey, String suggestedName, String filterKey, String extension) {
                return Optional.of(dir.resolve(suggestedName));
            }

            @Override
            public Optional<Path> open(Window owner, String titleKey, String filterKey, String extension) {
                return Optional.ofNullable(template);
            }
        };
    }

    private ReportsViewModel model(FxRobot robot) {
        return (ReportsViewModel) robot.lookup("#reportsView").query().getProperties().get(ReportsViewModel.class);
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, Object value) {
        robot.interact(() -> ((ComboBox<Object>) robot.lookup(id).queryAs(ComboBox.class)).getSelectionModel().select(value));
    }

    @Test
    void chooseAPeriodAndExportTheWorkbookAndTheReport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        verifyThat("#reportsView", isVisible());
        choose(robot, "#reportsKind", PeriodKind.Q1);
        assertThat(robot.lookup("#reportsSpans").queryAs(Label.class).getText())
                .startsWith("Thực hiện trong kỳ: 15/12/2025 – 14/03/2026 · Lũy kế từ đầu năm: 15/12/2025 – 14/03/2026");
        choose(robot, "#reportsKind", PeriodKind.Q2);
        choose(robot, "#reportsYear", 2026);
        assertThat(robot.lookup("#reportsSpans").queryAs(Label.class).getText()).isEqualTo(
                "Thực hiện trong kỳ: 15/03/2026 – 14/06/2026 · Lũy kế từ đầu năm: 15/12/2025 – 14/06/2026 · "
                        + "Cùng kỳ năm trước: 15/03/2025 – 14/06/2025");
        TableView<SummaryRow> preview = robot.lookup("#reportsPreview").queryTableView();
        SummaryRow website = preview.getItems().stream().filter(r -> "tin_bai_website".equals(r.key())).findFirst().orElseThrow();
        assertThat(website.current()).isEqualTo(6);
        assertThat(robot.lookup("#reportsSheets").queryAs(Label.class).getText())
                .contains("Biểu 2 - 12 đơn vị (1 đã gửi số liệu)", "Biểu 5 - 9 hoạt động");

        model(robot).setFiles(answering(null));
        robot.clickOn("#reportsExportXlsx");
        Path xlsx = dir.resolve("Biểu số liệu CCHC quý II năm 2026.xlsx");
        assertThat(xlsx).exists();
        assertThat(model(robot).lastWrittenProperty().get()).isEqualTo(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("Biểu 1 - Tổng hợp");
            Row row = Sheets.rowWith(summary, 1, website.label());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(12);  // kế hoạch năm
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(6);   // thực hiện trong kỳ
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(12);  // lũy kế
            assertThat(Sheets.shown(row.getCell(6))).isEqualTo("100%");
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
        }
        verifyThat("#reportsProgress", n -> !n.isVisible());

        robot.clickOn("#reportsExportDocx");
        Path docx = dir.resolve("Báo cáo CCHC quý II năm 2026.docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("BÁO CÁO", "quý II năm 2026");
        }
    }

    @Test
    void fillAHigherLevelsFormFromTheScreen(FxRobot robot) throws Exception {
        Path template = TemplateFillerTest.template(dir.resolve("Mẫu tỉnh.xlsx"));
        robot.clickOn("#nav-reports");
        model(robot).setFiles(answering(template));
        robot.clickOn("#reportsFillTemplate");
        Path filled = dir.resolve("Mẫu tỉnh - đã điền quý II năm 2026.xlsx");
        assertThat(filled).exists();
        try (XSSFWorkbook book = Sheets.read(filled)) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6);
        }
        verifyThat("#reportsUnknown", isVisible());
        assertThat(model(robot).lastFillProperty().get().unknown()).hasSize(2);

        robot.clickOn("#reportsHelp");
        verifyThat("#reportsHelpDialog", isVisible());
        assertThat(robot.lookup("{{tin_bai_website}}").tryQuery()).isPresent();
        assertThat(robot.lookup("{{bang:don_vi}}").tryQuery()).isPresent();
    }

    private static String pageText(FxRobot robot) {
        return robot.lookup("#printPageView").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String pageLabel(FxRobot robot) {
        return robot.lookup("#printPageLabel").queryAs(Label.class).getText();
    }

    @Test
    void printBieu1To4OfTheChosenPeriod(FxRobot robot) {
        robot.clickOn("#nav-reports");
        javafx.scene.control.Button print = robot.lookup("#reportsPrint").queryButton();
        assertThat(print.getText()).isEqualTo("In…");
        assertThat(print.getTooltip().getText()).isEqualTo("Xem trước và in Biểu 1–4");
        assertThat(print.isDisabled()).as("the preview is loaded").isFalse();
        choose(robot, "#reportsKind", PeriodKind.H1);
        robot.clickOn("#reportsPrint");

        verifyThat("#printPreview", isVisible());
        String label = pageLabel(robot);
        assertThat(label).startsWith("Trang 1/");
        int pages = Integer.parseInt(label.substring("Trang 1/".length()));
        assertThat(pages).as("Biểu 1–4, a page each at least").isGreaterThanOrEqualTo(4);
        String first = pageText(robot);
        assertThat(first).contains("Biểu số 1", "BIỂU TỔNG HỢP KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH",
                "6 THÁNG ĐẦU NĂM 2026", "Số liệu tính từ ngày 15/12/2025 đến ngày 14/06/2026");

        java.util.Map<String, Integer> foundOn = new java.util.LinkedHashMap<>();
        for (int page = 2; page <= pages; page++) {
            robot.clickOn("#printNext");
            assertThat(pageLabel(robot)).isEqualTo("Trang " + page + "/" + pages);
            String text = pageText(robot);
            for (String form : new String[] {"Biểu số 2", "Biểu số 3", "Biểu số 4"}) {
                if (text.contains(form)) {
                    foundOn.putIfAbsent(form, page);
                }
            }
            if (text.contains("Biểu số 2")) {
                assertThat(text).contains("KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH CỦA CÁC ĐƠN VỊ");
            }
            if (text.contains("Biểu số 3")) {
                assertThat(text).contains("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH");
            }
        }
        assertThat(foundOn).as("each form starts on a page of its own, in order").containsOnlyKeys("Biểu số 2", "Biểu số 3", "Biểu số 4");
        assertThat(java.util.List.copyOf(foundOn.values())).isSorted();
        verifyThat("#printNext", javafx.scene.Node::isDisabled);
        robot.clickOn("#printPrevious");
        assertThat(pageLabel(robot)).isEqualTo("Trang " + (pages - 1) + "/" + pages);

        robot.clickOn("#printClose");
        assertThat(robot.lookup("#printPreview").tryQuery()).isEmpty();
        assertThat(Window.getWindows()).hasSize(1);
    }
}
