package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.folder.ReadOnlyFolder;
import vn.cchcdesk.ui.shell.Shell;

/** A data folder on a read-only disk: a clear message, another folder or try again; trying again once it is writable opens it. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyFolderUiTest {

    @TempDir
    static Path dir;
    private Shell shell;
    private ReadOnlyFolder readOnly;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        readOnly = ReadOnlyFolder.make(data);
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        readOnly.close();
        shell.close();
    }

    @Test
    void saysWhatIsWrongAndOpensOnceWritable(FxRobot robot) throws Exception {
        verifyThat("#failurePane", isVisible());
        assertThat(robot.lookup("#messageText").queryAs(Label.class).getText()).contains("Thư mục dữ liệu", "thư mục khác");
        verifyThat("#chooseFolderButton", isVisible());
        assertThat(robot.lookup("#recoveryBackups").tryQuery()).isEmpty();
        readOnly.close();
        robot.clickOn("#retryButton");
        verifyThat("#mainView", isVisible());
    }
}
