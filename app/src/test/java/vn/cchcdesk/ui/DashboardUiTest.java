package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
import vn.cchcdesk.ui.tasks.BoardLine;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/** The start screen lists a task as overdue once the clock passes its due date, and opens it on a click. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {

    @TempDir
    static Path dir;
    private static int run;
    private final MovableClock clock = new MovableClock(LocalDate.of(2026, 5, 20));
    private Shell shell;
    private long reportTask;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data" + run++);
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, clock)) {
            TaskDemoData.fill(app);
            reportTask = app.tasks().rows().stream().filter(r -> r.task().text().startsWith("Báo cáo kết quả treo băng rôn"))
                    .findFirst().orElseThrow().id();
        }
        shell = ShellTestSupport.start(stage, data, clock);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static boolean lists(FxRobot robot, String list, long taskId) {
        VBox box = robot.lookup(list).queryAs(VBox.class);
        return box.getChildren().stream().anyMatch(n -> ("deadline-" + taskId).equals(n.getId()));
    }

    @Test
    void anOverdueTaskAppearsWhenTheClockPassesItsDueDate(FxRobot robot) {
        verifyThat("#deadlinesSection", isVisible());
        assertThat(robot.lookup("#dashboardToday").queryAs(Label.class).getText()).isEqualTo("Thứ Tư, 20/05/2026");
        assertThat(robot.lookup("#tileOverdue").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(lists(robot, "#dueSoonList", reportTask)).isTrue();
        assertThat(lists(robot, "#overdueList", reportTask)).isFalse();

        clock.moveTo(LocalDate.of(2026, 5, 24)); // its due date, 23/05, has passed
        robot.clickOn("#nav-catalog");
        robot.clickOn("#nav-dashboard");
        assertThat(robot.lookup("#dashboardToday").queryAs(Label.class).getText()).isEqualTo("Chủ nhật, 24/05/2026");
        assertThat(lists(robot, "#overdueList", reportTask)).isTrue();
        assertThat(lists(robot, "#dueSoonList", reportTask)).isFalse();
        assertThat(robot.lookup("#tileOverdue").queryAs(Label.class).getText()).isEqualTo("3");
        Node item = UiScroll.into(robot, "#deadline-" + reportTask); // below the charts
        assertThat(robot.from(item).lookup(".deadline-when").queryAs(Label.class).getText()).isEqualTo("quá 1 ngày");

        robot.clickOn(item);
        verifyThat("#taskTable", isVisible());
        TableView<BoardLine> table = robot.lookup("#taskTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).isInstanceOfSatisfying(BoardLine.Item.class, i -> {
            assertThat(i.id()).isEqualTo(reportTask);
            assertThat(i.schedule().overdue()).isTrue();
        });
        assertThat(robot.lookup("#taskForm #text").queryTextInputControl().getText()).startsWith("Báo cáo kết quả treo băng rôn");
    }

    @Test
    void aClickOnATaskHiddenByTheFiltersStillOpensIt(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        robot.interact(() -> robot.lookup("#filterStatus").queryComboBox().getSelectionModel().select(
                vn.cchcdesk.ui.tasks.StatusFilter.DONE));
        assertThat(robot.lookup("#taskCountShown").queryAs(Label.class).getText()).isEqualTo("Đang hiện 2 / 14 nhiệm vụ");
        robot.clickOn("#nav-dashboard");
        robot.clickOn(UiScroll.into(robot, "#deadline-" + reportTask));
        TableView<BoardLine> table = robot.lookup("#taskTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).isInstanceOfSatisfying(BoardLine.Item.class,
                i -> assertThat(i.id()).isEqualTo(reportTask));
        assertThat(robot.lookup("#taskCountShown").queryAs(Label.class).getText()).isEqualTo("Đang hiện 14 / 14 nhiệm vụ");
    }
}
