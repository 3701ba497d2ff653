package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.ui.shell.Shell;

/** Sao lưu through the real window: back up now, see it listed, preview it before restoring. */
@ExtendWith(ApplicationExtension.class)
class BackupUiTest {

    @TempDir
    static Path dir;
    private Shell shell;
    private Path data;

    @Start
    void start(Stage stage) {
        data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void backUpNowThenPreviewTheBackup(FxRobot robot) {
        robot.clickOn("#nav-backup");
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#backupNowButton");
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith("Đã sao lưu vào");

        robot.clickOn("#backupTable .table-row-cell");
        String preview = robot.lookup("#backupPreview").queryAs(Label.class).getText();
        assertThat(preview).contains("Bản sao lưu của xã Định Tân", "20/05/2026", "thủ công", "Dữ liệu hiện tại: 0 văn bản",
                "sẽ được sao lưu trước");
        verifyThat("#restoreButton", isVisible());
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).isFalse();

        // leaving the window writes today's automatic backup
        shell.close();
        assertThat(data.resolve("backups/cchc-desk_2026-05-20_tu-dong.zip")).exists();
    }
}
