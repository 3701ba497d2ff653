package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.report.Sheets;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.FileViewer;

/** Xuất Excel…: what the screen shows is what is written, under a file name a file system takes. */
class TaskExportViewModelTest {

    @TempDir
    static Path dir;
    private static App app;

    @BeforeAll
    static void data() {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        app = App.open(data, ShellTestSupport.CLOCK);
        TaskDemoData.fill(app);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void theFilteredDirectivesMatrixAndAUnitsTasks() throws Exception {
        List<String> said = new ArrayList<>();
        List<Path> revealed = new ArrayList<>();
        FileViewer viewer = new FileViewer() {
            @Override
            public void open(Path file) {
                throw new AssertionError("not opened");
            }

            @Override
            public void reveal(Path file) {
                revealed.add(file);
            }
        };
        TaskBoardViewModel board = new TaskBoardViewModel(app.tasks(), app.catalog(), app.holidays(), ShellTestSupport.context(said));
        board.load();
        TaskExportViewModel export = new TaskExportViewModel(app.settings(), viewer, ShellTestSupport.context(said), board);
        assertThat(export.matrixFileName()).isEqualTo("Ma trận phân công tất cả.xlsx");
        board.yearProperty().set(2026);
        assertThat(export.matrixFileName()).isEqualTo("Ma trận phân công 2026.xlsx");
        DocumentRef letter = board.directives().stream().filter(d -> d.number() != null && d.number().format().equals("1069/UBND-VHXH"))
                .findFirst().orElseThrow();
        board.directiveProperty().set(letter);
        assertThat(export.matrixFileName()).isEqualTo("Ma trận phân công 1069-UBND-VHXH.xlsx");

        Path file = dir.resolve(export.matrixFileName());
        export.exportMatrix(file);
        assertThat(said).contains("Đã xuất ma trận (4 nhiệm vụ) vào " + file.toAbsolutePath());
        assertThat(revealed).containsExactly(file);
        try (XSSFWorkbook book = Sheets.read(file)) {
            assertThat(Sheets.allText(book.getSheetAt(0))).contains("Thực hiện Công văn số 1069/UBND-VHXH ngày 26/03/2026")
                    .doesNotContain("Treo băng rôn tại nhà văn hóa");
        }

        var centre = TaskFixtures.unit(app, "TTPVHCC");
        assertThat(export.dutiesFileName(centre)).isEqualTo("Nhiệm vụ của TTPVHCC 1069-UBND-VHXH.xlsx");
        Path duties = dir.resolve(export.dutiesFileName(centre));
        board.unitProperty().set(TaskFixtures.unit(app, "VP"));
        export.exportDuties(centre, duties);
        assertThat(said).as("the unit filter is not the exported unit's").contains("Đã xuất 2 nhiệm vụ của đơn vị vào " + duties.toAbsolutePath());
        assertThat(revealed).containsExactly(file, duties);
        assertThat(export.busyProperty().get()).isFalse();
    }
}
