package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.shell.Shell;
import vn.cchcdesk.ui.tasks.BoardLine;

/** Nhiệm vụ & phân công through the real window: a task written by hand, and a task marked done with its evidence. */
@ExtendWith(ApplicationExtension.class)
class TaskUiTest {

    @TempDir
    static Path dir;
    private static int run;
    private Path data;
    private Shell shell;
    private long letterId;
    private long reportId;
    private long bannersId;
    private long bannerActivityId;

    @Start
    void start(Stage stage) {
        data = dir.resolve("data" + run++);
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            Document letter = TaskFixtures.letter(app, "1069/UBND-VHXH", 26, 3, "đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
            Document report = TaskFixtures.directive(app, DocumentType.BAO_CAO, "35/BC-UBND", 18, 5, "kết quả treo băng rôn, khẩu hiệu tháng 5", null);
            TaskFixtures.letter(app, "210/UBND-VHXH", 2, 5, "treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính");
            Task banners = app.tasks().save(new Task(null, letter.id(), null, "Treo băng rôn tại trụ sở UBND xã",
                    Timeframe.parse("trước 15/5/2026", 2026), TaskStatus.IN_PROGRESS, null, null, 0,
                    List.of(TaskFixtures.role(app, "VP", AssignmentRole.LEAD))));
            letterId = letter.id();
            reportId = report.id();
            bannersId = banners.id();
            bannerActivityId = app.activities().save(vn.cchcdesk.domain.activity.Activity.of(LocalDate.of(2026, 5, 14),
                    TaskFixtures.unit(app, "VP").id(), TaskFixtures.form(app, "BANNER").id(),
                    "Treo 6 băng rôn khẩu hiệu tại cổng trụ sở UBND xã")).id();
            app.activities().save(vn.cchcdesk.domain.activity.Activity.of(LocalDate.of(2026, 5, 15),
                    TaskFixtures.unit(app, "VHXH").id(), TaskFixtures.form(app, "BANNER").id(),
                    "Treo băng rôn tại nhà văn hóa thôn 2"));
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    /** Opens a combo box and clicks the entry with this text in its drop-down (not a label elsewhere that reads the same). */
    static void pick(FxRobot robot, String comboId, String label) {
        robot.clickOn(UiScroll.into(robot, comboId));
        javafx.stage.Window popup = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow();
        robot.clickOn(robot.from(popup.getScene().getRoot()).lookup(".list-cell")
                .match(n -> label.equals(((javafx.scene.control.ListCell<?>) n).getText())).queryAs(Node.class));
    }

    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        return robot.clickOn(UiScroll.into(robot, query));
    }

    @Test
    void aTaskWrittenByHandWithOneLeadAndTwoSupportingUnits(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        verifyThat("#taskTable", isVisible());
        robot.clickOn("#taskAdd");
        robot.clickOn("#taskDirectiveSearch").write("1069");
        ListView<DocumentRef> matches = robot.lookup("#taskDirectiveMatches").queryListView();
        assertThat(matches.getItems()).extracting(DocumentRef::id).containsExactly(letterId);
        robot.clickOn(robot.lookup("#taskDirectiveMatches .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#taskDirective").queryAs(Label.class).getText())
                .isEqualTo("Công văn 1069/UBND-VHXH ngày 26/03/2026 — đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");

        robot.clickOn("#taskForm #text").write("Viết tin, bài về cải cách hành chính đăng trên Trang thông tin điện tử xã");
        robot.clickOn("#taskForm #section").write("2.");
        assertThat(robot.lookup("#leadWarning").queryAs(Label.class).getText()).isEqualTo("Chưa có đơn vị chủ trì.");
        pick(robot, "#unitToAdd", "Trung tâm Dịch vụ sự nghiệp công");
        click(robot, "#addAssignment");
        assertThat(robot.lookup("#leadWarning").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#roleToAdd").queryAs(ComboBox.class).getValue()).isEqualTo(AssignmentRole.SUPPORT);
        pick(robot, "#unitToAdd", "Phòng Văn hóa - Xã hội");
        click(robot, "#addAssignment");
        pick(robot, "#unitToAdd", "Trung tâm Phục vụ hành chính công");
        click(robot, "#addAssignment");
        click(robot, "#taskForm #timeframe").write("trước 30/5/2026");
        assertThat(robot.lookup("#timeframePreview").queryAs(Label.class).getText()).isEqualTo("Hoàn thành trước ngày · hạn: 30/05/2026");
        assertThat(robot.lookup("#timeframeWarning").queryAs(Label.class).getText()).contains("Thứ Bảy");
        click(robot, "#taskSave");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Đã lưu nhiệm vụ.");

        TableView<BoardLine> table = robot.lookup("#taskTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).isInstanceOfSatisfying(BoardLine.Item.class,
                item -> assertThat(item.row().task().text()).startsWith("Viết tin, bài"));
        assertThat(robot.lookup("#taskCountShown").queryAs(Label.class).getText()).isEqualTo("Đang hiện 2 / 2 nhiệm vụ");

        shell.close();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            TaskRow row = app.tasks().rows().stream().filter(r -> r.task().text().startsWith("Viết tin")).findFirst().orElseThrow();
            assertThat(row.directive().id()).isEqualTo(letterId);
            assertThat(row.task().section()).isEqualTo("2.");
            assertThat(row.task().assignments()).extracting(Assignment::unitText, Assignment::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Trung tâm Dịch vụ sự nghiệp công", AssignmentRole.LEAD),
                    org.assertj.core.groups.Tuple.tuple("Phòng Văn hóa - Xã hội", AssignmentRole.SUPPORT),
                    org.assertj.core.groups.Tuple.tuple("Trung tâm Phục vụ hành chính công", AssignmentRole.SUPPORT));
            assertThat(row.task().timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 5, 30));
        }
    }

    @Test
    void aTaskMarkedDoneWithItsResultANoteAndEvidence(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        TableView<BoardLine> table = robot.lookup("#taskTable").queryTableView();
        assertThat(table.getItems().get(1)).isInstanceOfSatisfying(BoardLine.Item.class,
                item -> assertThat(item.schedule().overdue()).isTrue());
        assertThat(robot.lookup("#taskTable .row-overdue").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#taskTable .row-overdue").queryAs(Node.class));
        assertThat(robot.lookup("#taskForm #text").queryTextInputControl().getText()).isEqualTo("Treo băng rôn tại trụ sở UBND xã");

        click(robot, "#markDone");
        assertThat(robot.lookup("#taskForm #completedOn").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .as("done today unless told otherwise").isEqualTo(LocalDate.of(2026, 5, 20));
        javafx.scene.control.DatePicker completed = robot.lookup("#taskForm #completedOn").queryAs(javafx.scene.control.DatePicker.class);
        click(robot, "#taskForm #completedOn .text-field");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("18/05/2026")
                .type(javafx.scene.input.KeyCode.ENTER);
        assertThat(completed.getValue()).isEqualTo(LocalDate.of(2026, 5, 18));
        click(robot, "#taskForm #result").write("Đã treo 6 băng rôn tại trụ sở và 2 pano tại Trung tâm Phục vụ hành chính công");
        click(robot, "#noteText").write("Đặt in băng rôn tại cơ sở in");
        click(robot, "#addNote");
        click(robot, "#evidenceSearch").write("35/BC");
        UiScroll.into(robot, "#evidenceMatches");
        robot.clickOn(robot.lookup("#evidenceMatches .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#evidenceList .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Báo cáo 35/BC-UBND ngày 18/05/2026 — kết quả treo băng rôn, khẩu hiệu tháng 5");
        // an activity as evidence, found by words of its title and its unit (accents optional)
        click(robot, "#activitySearch").write("bang ron hdnd");
        ListView<vn.cchcdesk.domain.task.ActivityRef> found = robot.lookup("#activityMatches").queryListView();
        assertThat(found.getItems()).extracting(vn.cchcdesk.domain.task.ActivityRef::id).containsExactly(bannerActivityId);
        UiScroll.into(robot, "#activityMatches");
        assertThat(robot.lookup("#activityMatches .match-title").queryAs(Label.class).getText())
                .isEqualTo("14/05/2026 · Văn phòng HĐND và UBND · Pano, áp phích, băng rôn, khẩu hiệu");
        robot.clickOn(robot.lookup("#activityMatches .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#activityList .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("14/05/2026 · Văn phòng HĐND và UBND · Pano, áp phích, băng rôn, khẩu hiệu — Treo 6 băng rôn khẩu hiệu tại cổng trụ sở UBND xã");
        assertThat(found.getItems()).as("the search is cleared once one is picked").isEmpty();
        click(robot, "#taskSave");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Đã lưu nhiệm vụ.");
        assertThat(robot.lookup("#taskTable .row-overdue").tryQuery()).as("done, no longer overdue").isEmpty();
        assertThat(robot.lookup("#taskCountDone").queryAs(Label.class).getText()).isEqualTo("Hoàn thành: 1");

        shell.close();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            TaskDetail detail = app.tasks().detail(bannersId).orElseThrow();
            assertThat(detail.task().status()).isEqualTo(TaskStatus.DONE);
            assertThat(detail.task().completedOn()).isEqualTo(LocalDate.of(2026, 5, 18));
            assertThat(detail.task().result()).isEqualTo("Đã treo 6 băng rôn tại trụ sở và 2 pano tại Trung tâm Phục vụ hành chính công");
            assertThat(detail.notes()).containsExactly(new ProgressNote(LocalDate.of(2026, 5, 20), "Đặt in băng rôn tại cơ sở in"));
            assertThat(detail.evidence()).extracting(DocumentRef::id).containsExactly(reportId);
            assertThat(detail.activities()).extracting(vn.cchcdesk.domain.task.ActivityRef::id).containsExactly(bannerActivityId);
            assertThat(app.activities().find(bannerActivityId).orElseThrow().taskId()).as("the link is the activity's task").isEqualTo(bannersId);
            assertThat(app.tasks().rows().stream().filter(r -> r.id() == bannersId).findFirst().orElseThrow().activities()).isEqualTo(1);
        }
    }
}
