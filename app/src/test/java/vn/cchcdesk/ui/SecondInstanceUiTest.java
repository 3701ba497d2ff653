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
import vn.cchcdesk.App;
import vn.cchcdesk.ui.shell.Shell;

/** A second window on a data folder already open gets a clear message, and the first keeps its data. */
@ExtendWith(ApplicationExtension.class)
class SecondInstanceUiTest {

    @TempDir
    static Path dir;
    private App first;
    private Shell second;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data");
        ShellTestSupport.setUpCommune(data);
        first = App.open(data);
        second = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    @Test
    void saysTheFolderIsInUse(FxRobot robot) {
        verifyThat("#failurePane", isVisible());
        assertThat(robot.lookup("#messageText").queryAs(Label.class).getText())
                .startsWith("Thư mục dữ liệu")
                .contains("đang được một cửa sổ CCHC Desk khác");
        verifyThat("#exitButton", isVisible());
        assertThat(first.settings().commune()).isPresent();
    }
}
