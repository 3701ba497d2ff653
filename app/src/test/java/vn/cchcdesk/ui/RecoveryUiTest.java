package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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

/** A damaged database: the window says so in Vietnamese, lists the folder's backups, and restores one. */
@ExtendWith(ApplicationExtension.class)
class RecoveryUiTest {

    @TempDir
    static Path dir;
    private Shell shell;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = dir.resolve("data");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            Records.plans(app, 1, 2);
            app.backups().backupNow();
        }
        Files.write(data.resolve("cchc-desk.mv.db"), "tệp đã hỏng".repeat(400).getBytes());
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void aDamagedDatabaseIsRestoredFromTheNewestBackup(FxRobot robot) {
        verifyThat("#failurePane", isVisible());
        assertThat(robot.lookup("#messageText").queryAs(Label.class).getText()).contains("bị hỏng", "bản sao lưu");
        verifyThat("#chooseFolderButton", isVisible());
        TextArea details = robot.lookup("#failureDetails .text-area").queryAs(TextArea.class);
        assertThat(details.getText()).doesNotContain("\tat ").contains("logs");
        ListView<?> backups = robot.lookup("#recoveryBackups").queryAs(ListView.class);
        assertThat(backups.getItems()).hasSize(1);
        assertThat(robot.lookup("#recoveryBackups .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .contains("20/05/2026", "thủ công", "2 văn bản");

        robot.clickOn("#restoreBackupButton");
        verifyThat("#mainView", isVisible());
        Node title = robot.lookup("#communeTitle").query();
        assertThat(((Label) title).getText()).contains("Định Tân");
        shell.close();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(2);
        }
        assertThat(data.resolve("backups").toFile().list((d, name) -> name.endsWith("_thay-the.mv.db"))).hasSize(1);
    }
}
