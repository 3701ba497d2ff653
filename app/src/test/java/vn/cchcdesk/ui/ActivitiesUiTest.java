package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.ui.shell.Shell;

/** Hoạt động tuyên truyền through the real window: keyboard-only entry, delete and undo, filter and search. */
@ExtendWith(ApplicationExtension.class)
class ActivitiesUiTest {

    @TempDir
    static Path dir;
    private static int run;
    private Path data;
    private Shell shell;

    @Start
    void start(Stage stage) {
        data = dir.resolve("data" + run++);
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            long doan = unit(app, "ĐTN");
            long vhxh = unit(app, "VHXH");
            long website = form(app, "WEBSITE");
            long banner = form(app, "BANNER");
            app.activities().saveAll(List.of(
                    Activity.of(LocalDate.of(2026, 5, 4), doan, website, "Đăng tin xã Định Tân ra quân tình nguyện"),
                    Activity.of(LocalDate.of(2026, 4, 20), vhxh, banner, "Treo băng rôn tại trụ sở UBND xã"),
                    Activity.of(LocalDate.of(2026, 3, 2), vhxh, website, "Tin bài về dịch vụ công trực tuyến")));
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static long unit(App app, String shortName) {
        return app.catalog().units().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow().id();
    }

    private static long form(App app, String code) {
        return app.catalog().forms().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow().id();
    }

    private TableView<ActivityLine> table(FxRobot robot) {
        return robot.lookup("#activityTable").queryTableView();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void threeActivitiesEnteredWithTheKeyboardOnly(FxRobot robot) {
        robot.clickOn("#nav-activities");
        assertThat(table(robot).getItems()).hasSize(3);
        // Ctrl+N: a fresh form with the date field focused; from here on only keys
        robot.clickOn("#activityEntry #title");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("18/05/2026").type(KeyCode.ENTER);
        robot.write("van hoa").type(KeyCode.ENTER);
        robot.write("phat thanh").type(KeyCode.ENTER);
        robot.write("Phát thanh về Đề án 06").type(KeyCode.ENTER);
        assertThat(text(robot, "#measureUnit")).isEqualTo("chương trình");
        robot.type(KeyCode.ENTER);
        robot.write("15");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(text(robot, "#statusMessage")).isEqualTo("Đã lưu hoạt động.");
        // the next one keeps unit, form and date: only the title is typed, and the quantity
        robot.write("Phát thanh về dịch vụ công trực tuyến").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.write("Phát thanh về thủ tục hành chính mới");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        String count = text(robot, "#activityCount");

        shell.close();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            List<Activity> entered = app.activities().search(ActivityFilter.all().search("phat thanh"), 0, 10).stream()
                    .map(ActivityRow::activity).toList();
            assertThat(entered).extracting(Activity::title).containsExactlyInAnyOrder("Phát thanh về Đề án 06",
                    "Phát thanh về dịch vụ công trực tuyến", "Phát thanh về thủ tục hành chính mới");
            assertThat(entered).allSatisfy(a -> {
                assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 18));
                assertThat(a.unitId()).isEqualTo(unit(app, "VHXH"));
                assertThat(a.formId()).isEqualTo(form(app, "RADIO"));
            });
            assertThat(entered).filteredOn(a -> a.title().endsWith("Đề án 06")).singleElement()
                    .satisfies(a -> assertThat(a.durationMinutes()).isEqualTo(15));
            assertThat(entered).filteredOn(a -> a.title().endsWith("trực tuyến")).singleElement()
                    .satisfies(a -> assertThat(a.quantity()).isEqualTo(2));
        }
        assertThat(count).isEqualTo("6 hoạt động");
    }

    @Test
    void severalRowsDeletedThenBroughtBackWithUndo(FxRobot robot) {
        robot.clickOn("#nav-activities");
        TableView<ActivityLine> table = table(robot);
        robot.clickOn(robot.lookup("#activityTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.SHIFT).clickOn(robot.lookup("#activityTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class))
                .release(KeyCode.SHIFT);
        assertThat(table.getSelectionModel().getSelectedItems()).hasSize(2);
        robot.clickOn("#activityDelete");
        assertThat(text(robot, "#undoMessage")).isEqualTo("Đã xóa 2 hoạt động");
        assertThat(robot.lookup("#undoBar").query().isVisible()).isTrue();
        assertThat(table.getItems()).extracting(l -> l.activity().title()).containsExactly("Tin bài về dịch vụ công trực tuyến");
        robot.clickOn("#activityUndo");
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#undoBar").query().isVisible()).isFalse();

        // its history: created, moved to the trash, restored
        robot.clickOn(robot.lookup("#activityTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#activityHistory");
        TableView<?> changes = robot.lookup("#historyChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).hasSize(3);
        assertThat(robot.lookup("#historyChanges .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("Chuyển vào thùng rác", "Tạo mới");
        robot.clickOn("Đóng");
        shell.close();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.activities().count(ActivityFilter.all())).isEqualTo(3);
            assertThat(app.activities().count(ActivityFilter.all().inTrash())).isZero();
        }
    }

    @Test
    void filterAndSearchAsYouType(FxRobot robot) {
        robot.clickOn("#nav-activities");
        TableView<ActivityLine> table = table(robot);
        robot.clickOn("#activitySearch").write("dinh tan");
        assertThat(table.getItems()).extracting(l -> l.activity().title()).containsExactly("Đăng tin xã Định Tân ra quân tình nguyện");
        robot.doubleClickOn("#activitySearch").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        assertThat(table.getItems()).hasSize(3);
        TaskUiTest.pick(robot, "#filterForm", "Tin, bài trên Trang thông tin điện tử");
        assertThat(text(robot, "#activityCount")).isEqualTo("2 hoạt động");
        TaskUiTest.pick(robot, "#filterPeriod", "Quý II/2026");
        // quarter II under Nghị định 09: 15/03 – 14/06
        assertThat(table.getItems()).extracting(l -> l.activity().title()).containsExactly("Đăng tin xã Định Tân ra quân tình nguyện");
        assertThat(robot.lookup("#activityTotals .total-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("1 tin, bài");
        robot.clickOn("#filterClear");
        assertThat(table.getItems()).hasSize(3);

        // the unit column's value filter: tick one unit, apply
        robot.clickOn("#unitColumnFilter");
        robot.clickOn(robot.lookup(".check-box").match(n -> "Phòng Văn hóa - Xã hội".equals(((javafx.scene.control.CheckBox) n).getText()))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup(".button").match(n -> "Áp dụng".equals(((javafx.scene.control.Button) n).getText()))
                .queryAs(javafx.scene.Node.class));
        assertThat(table.getItems()).extracting(l -> l.row().unitName()).containsOnly("Phòng Văn hóa - Xã hội").hasSize(2);
    }
}
