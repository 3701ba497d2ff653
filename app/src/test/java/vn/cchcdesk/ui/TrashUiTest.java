package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.shell.Shell;

/** Thùng rác through the real window: find a deleted document without accents, read its history, restore it. */
@ExtendWith(ApplicationExtension.class)
class TrashUiTest {

    private static final String DOCUMENT_12 = "12/KH-UBND · Kế hoạch tuyên truyền cải cách hành chính số 12";

    @TempDir
    static Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            app.documents().moveToTrash(Records.plan(12, 1).register(app));
            long other = Records.plan(13, 1).register(app);
            app.tasks().moveToTrash(app.tasks().ofDocument(other).get(0).id());
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void findReadTheHistoryAndRestore(FxRobot robot) {
        robot.clickOn("#nav-trash");
        TableView<?> table = robot.lookup("#trashTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#trashSearch").write("so 12");
        assertThat(table.getItems()).hasSize(1);

        robot.clickOn(DOCUMENT_12);
        robot.clickOn("#trashHistory");
        TableView<?> changes = robot.lookup("#historyChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).hasSize(2);
        assertThat(robot.lookup("#historyChanges .table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Chuyển vào thùng rác", "Tạo mới");
        TableView<?> fields = robot.lookup("#historyFields").queryAs(TableView.class);
        assertThat(fields.getItems()).isNotEmpty();
        assertThat(robot.lookup("#historyFields .table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Số", "12", "Ký hiệu", "KH-UBND");
        robot.clickOn("Đóng");

        robot.clickOn(DOCUMENT_12);
        robot.clickOn("#trashRestore");
        robot.clickOn("#trashSearch").eraseText(5);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Đã khôi phục 1 mục.");
    }
}
