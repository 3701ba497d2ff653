package vn.cchcdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.store.dashboard.UpcomingDeadline;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.shell.Shell;
import vn.cchcdesk.ui.tasks.BoardLine;
import vn.cchcdesk.ui.tasks.StatusFilter;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/**
 * The start screen's charts on the tasks screen's demo year (20/05/2026): activities per month by
 * group, targets by status, each unit's tasks, the dates coming up; each opens the list behind it.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardChartsUiTest {

    @TempDir
    static Path dir;
    private static int run;
    private Shell shell;
    private long bannerReport;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data" + run++);
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            TaskDemoData.fill(app);
            bannerReport = app.tasks().rows().stream().filter(r -> r.task().text().startsWith("Báo cáo kết quả treo băng rôn"))
                    .findFirst().orElseThrow().id();
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @SuppressWarnings("unchecked")
    private static <X, Y> List<XYChart.Series<X, Y>> series(FxRobot robot, String chart) {
        return ((XYChart<X, Y>) robot.lookup(chart).query()).getData();
    }

    private static List<Integer> values(XYChart.Series<String, Number> s) {
        return s.getData().stream().map(d -> d.getYValue().intValue()).toList();
    }

    @Test
    void theChartsCountTheSeededYear(FxRobot robot) {
        List<XYChart.Series<String, Number>> activities = series(robot, "#activitiesChart");
        assertThat(activities).extracting(XYChart.Series::getName).containsExactly("Trực tuyến, CNTT", "Truyền thống");
        assertThat(values(activities.get(0))).containsExactly(1, 2, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(values(activities.get(1))).containsExactly(2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0);
        assertThat(robot.lookup("#activitiesNote").queryAs(Label.class).getText()).startsWith("17 hoạt động năm 2026");

        List<XYChart.Series<Number, String>> targets = series(robot, "#targetsChart");
        assertThat(targets.get(0).getData()).extracting(d -> d.getYValue(), d -> d.getXValue().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Chưa đạt (0)", 0), org.assertj.core.groups.Tuple.tuple("Có nguy cơ không đạt (1)", 1),
                org.assertj.core.groups.Tuple.tuple("Đúng tiến độ (4)", 4), org.assertj.core.groups.Tuple.tuple("Đạt (0)", 0));

        List<XYChart.Series<Number, String>> tasks = series(robot, "#tasksChart");
        assertThat(tasks).extracting(XYChart.Series::getName).containsExactly("Hoàn thành", "Đang thực hiện", "Chưa bắt đầu", "Quá hạn");
        List<Integer> vhxh = tasks.stream().map(s -> s.getData().stream().filter(d -> d.getYValue().equals("VHXH (9)"))
                .findFirst().orElseThrow().getXValue().intValue()).toList();
        assertThat(vhxh).containsExactly(1, 2, 4, 2);
        assertThat(robot.lookup("#tasksNote").queryAs(Label.class).getText()).isEqualTo("15 lượt chủ trì nhiệm vụ năm 2026, 3 quá hạn.");

        VBox upcoming = robot.lookup("#upcomingList").queryAs(VBox.class);
        List<Object> kinds = upcoming.getChildren().stream().map(n -> n.getProperties().get("kind")).toList();
        assertThat(kinds).hasSize(8).contains(UpcomingDeadline.Kind.UNIT_SUBMISSIONS, UpcomingDeadline.Kind.COMMUNE_REPORT);
        Button units = (Button) upcoming.getChildren().get(kinds.indexOf(UpcomingDeadline.Kind.UNIT_SUBMISSIONS));
        assertThat(robot.from(units).lookup(".deadline-date").queryAs(Label.class).getText()).isEqualTo("05/06/2026");
        assertThat(robot.from(units).lookup(".deadline-text").queryAs(Label.class).getText())
                .isEqualTo("Hạn các đơn vị gửi số liệu quý II năm 2026, 6 tháng đầu năm 2026");
        Button report = (Button) upcoming.getChildren().get(kinds.indexOf(UpcomingDeadline.Kind.COMMUNE_REPORT));
        assertThat(robot.from(report).lookup(".deadline-date").queryAs(Label.class).getText()).isEqualTo("18/06/2026");

        // another year: nothing logged in 2025
        robot.interact(() -> robot.lookup("#dashboardYear").queryComboBox().getSelectionModel().select((Object) 2025));
        assertThat(robot.lookup("#activitiesNote").queryAs(Label.class).getText()).startsWith("0 hoạt động năm 2025");
        assertThat(robot.lookup("#activitiesChart").tryQuery()).isEmpty();
    }

    @Test
    void eachChartOpensTheListBehindIt(FxRobot robot) {
        // March's traditional activities (2 in the chart): the log between 01/03 and 31/03/2026, that group only
        robot.clickOn("#activitiesBar-TRADITIONAL-3");
        assertThat(shell.mainView().get().current()).isEqualTo("activities");
        assertThat(robot.lookup("#activitiesView #filterFrom").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(robot.lookup("#activitiesView #filterTo").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(robot.lookup("#activitiesView #filterGroup").queryComboBox().getValue()).isEqualTo(FormGroup.TRADITIONAL);
        TableView<ActivityLine> log = robot.lookup("#activityTable").queryTableView();
        assertThat(log.getItems()).hasSize(2).allSatisfy(l -> {
            assertThat(l.row().activity().date()).hasYear(2026).hasMonthValue(3);
            assertThat(l.row().group()).isEqualTo(FormGroup.TRADITIONAL);
        });

        // VHXH's overdue tasks (2 in the chart): the list filtered to that unit leading, overdue, of 2026
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#tasksBar-3-VHXH");
        assertThat(shell.mainView().get().current()).isEqualTo("tasks");
        assertThat(robot.lookup("#tasksView #filterUnit").queryComboBox().getValue()).isInstanceOfSatisfying(Unit.class,
                u -> assertThat(u.shortName()).isEqualTo("VHXH"));
        assertThat(robot.lookup("#tasksView #filterStatus").queryComboBox().getValue()).isEqualTo(StatusFilter.OVERDUE);
        TableView<BoardLine> board = robot.lookup("#taskTable").queryTableView();
        List<BoardLine.Item> items = board.getItems().stream().filter(BoardLine.Item.class::isInstance).map(BoardLine.Item.class::cast).toList();
        assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.schedule().overdue()).isTrue());

        // a target bar: the tasks screen on its Chỉ tiêu tab
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#targetsBar-AT_RISK");
        assertThat(shell.mainView().get().current()).isEqualTo("tasks");
        assertThat(robot.lookup("#taskTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tasks-tab-targets");

        robot.clickOn("#nav-dashboard");
        VBox upcoming = robot.lookup("#upcomingList").queryAs(VBox.class);
        Node units = upcoming.getChildren().stream().filter(n -> n.getProperties().get("kind") == UpcomingDeadline.Kind.UNIT_SUBMISSIONS)
                .findFirst().orElseThrow();
        robot.clickOn(vn.cchcdesk.ui.UiScroll.into(robot, "#" + units.getId()));
        assertThat(shell.mainView().get().current()).isEqualTo("collect");

        robot.clickOn("#nav-dashboard");
        Node task = robot.lookup("#upcomingList").queryAs(VBox.class).getChildren().stream()
                .filter(n -> robot.from(n).lookup(".deadline-text").queryAs(Label.class).getText().startsWith("Báo cáo kết quả treo băng rôn"))
                .findFirst().orElseThrow();
        robot.clickOn(vn.cchcdesk.ui.UiScroll.into(robot, "#" + task.getId()));
        TableView<BoardLine> table = robot.lookup("#taskTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).isInstanceOfSatisfying(BoardLine.Item.class,
                i -> assertThat(i.id()).isEqualTo(bannerReport));
    }
}
