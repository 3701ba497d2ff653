package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.ui.shell.Shell;
import vn.cchcdesk.ui.tasks.ExportTarget;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/** Xuất Excel… of the matrix and of a unit's tasks through the real window: the suggested name, the file written, then shown. */
@ExtendWith(ApplicationExtension.class)
class TaskExportUiTest {

    @TempDir
    static Path dir;
    private Shell shell;
    private final List<String> suggested = new ArrayList<>();
    private final List<Path> revealed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            TaskDemoData.fill(app);
        }
        ExportTarget.useInTests((owner, name) -> {
            suggested.add(name);
            return Optional.of(dir.resolve(name));
        }, new vn.cchcdesk.ui.common.FileViewer() {
            @Override
            public void open(Path file) {
                throw new AssertionError("an export shows its file in its folder, it does not open it");
            }

            @Override
            public void reveal(Path file) {
                revealed.add(file);
            }
        });
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
        ExportTarget.reset();
    }

    @Test
    void theMatrixAndAUnitsTasksAreExported(FxRobot robot) throws Exception {
        robot.clickOn("#nav-tasks");
        robot.clickOn("#tasks-tab-matrix");
        robot.clickOn("#matrixExport");
        assertThat(suggested).containsExactly("Ma trận phân công tất cả.xlsx");
        Path matrix = dir.resolve("Ma trận phân công tất cả.xlsx");
        assertThat(revealed).containsExactly(matrix);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith("Đã xuất ma trận (14 nhiệm vụ) vào");
        try (XSSFWorkbook book = Sheets.read(matrix)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("MA TRẬN PHÂN CÔNG NHIỆM VỤ CHỦ TRÌ, PHỐI HỢP",
                    "Công văn số 1069/UBND-VHXH ngày 26/03/2026 — đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
        }

        robot.clickOn("#tasks-tab-duties");
        robot.clickOn("#dutiesExport");
        assertThat(suggested).hasSize(2);
        Path duties = dir.resolve(suggested.get(1));
        assertThat(suggested.get(1)).startsWith("Nhiệm vụ của ").endsWith(" tất cả.xlsx");
        assertThat(revealed).containsExactly(matrix, duties);
        assertThat(Files.exists(duties)).isTrue();
        try (XSSFWorkbook book = Sheets.read(duties)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("DANH SÁCH NHIỆM VỤ CỦA", "Vai trò");
        }
    }
}
