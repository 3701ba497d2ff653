package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.shell.Shell;

/** A new, empty data folder: the setup asks three things, then the main window opens and remembers them. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {

    @TempDir
    static Path dir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellTestSupport.start(stage, dir.resolve("data"), ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void setupThenMainWindow(FxRobot robot) {
        verifyThat("#setupView", isVisible());
        robot.clickOn("#setupStart");
        assertThat(robot.lookup("#communeNameError").queryAs(Label.class).getText()).isEqualTo("Không được để trống.");
        verifyThat("#setupView", isVisible());

        robot.clickOn("#communeName").write("xã Định Tân");
        robot.clickOn("#provinceName").write("tỉnh Thanh Hóa");
        robot.clickOn("#signerName").write("Thiều Sỹ Hưng");
        robot.clickOn("#setupStart");

        verifyThat("#mainView", isVisible());
        assertThat(robot.lookup("#communeTitle").queryAs(Label.class).getText()).isEqualTo("Xã Định Tân, tỉnh Thanh Hóa");
        robot.clickOn("#nav-settings");
        verifyThat("#settingsView", isVisible());
        assertThat(robot.lookup("#signerName").queryAs(TextField.class).getText()).isEqualTo("Thiều Sỹ Hưng");
        robot.clickOn("#nav-documents");
        verifyThat("#documentsView", isVisible());

        shell.close();
        try (App reopened = App.open(dir.resolve("data"))) {
            assertThat(reopened.settings().commune()).hasValueSatisfying(s -> assertThat(s.placeName()).isEqualTo("Định Tân"));
        }
    }
}
