package vn.cchcdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.shell.Shell;
import vn.cchcdesk.ui.tasks.BoardLine;
import vn.cchcdesk.ui.tasks.TaskDemoData;

/** The responsibility matrix through the real window: roles typed into cells, cleared, and undone step by step. */
@ExtendWith(ApplicationExtension.class)
class MatrixUiTest {

    @TempDir
    static Path dir;
    private Path data;
    private Shell shell;
    private long taskId;
    private Unit kt;

    @Start
    void start(Stage stage) {
        data = dir.resolve("data-" + System.nanoTime()); // a folder per test: the demo data is added once to each
        ShellTestSupport.setUpCommune(data);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            TaskDemoData.fill(app);
            taskId = app.tasks().rows().stream().filter(r -> r.task().text().startsWith("Tổ chức Hội nghị tuyên truyền"))
                    .findFirst().orElseThrow().id();
            kt = TaskFixtures.unit(app, "KT");
        }
        shell = ShellTestSupport.start(stage, data, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    /** The middle of a unit's cell in a task's row, on screen: under the unit's header, level with the task. */
    private Point2D cell(FxRobot robot, long task, Unit unit) {
        Node row = robot.lookup("#matrixCells .matrix-row").match(n -> n instanceof TableRow<?> r
                && r.getItem() instanceof BoardLine.Item item && item.id() == task).query();
        Node header = robot.lookup("#unit-" + unit.id()).query();
        Bounds across = header.localToScreen(header.getBoundsInLocal());
        Bounds down = row.localToScreen(row.getBoundsInLocal());
        return new Point2D(across.getCenterX(), down.getCenterY());
    }

    @Test
    void rolesAreTypedClearedAndUndoneWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        robot.clickOn("#tasks-tab-matrix");
        verifyThat("#matrixCells", isVisible());
        TableView<BoardLine> cells = robot.lookup("#matrixCells").queryTableView();
        TableView<BoardLine> tasks = robot.lookup("#matrixTasks").queryTableView();
        assertThat(cells.getItems()).hasSize(18);
        assertThat(cells.getColumns()).hasSize(19);

        robot.clickOn(cell(robot, taskId, kt));
        assertThat(tasks.getSelectionModel().getSelectedItem()).as("the task column follows the cursor")
                .isInstanceOfSatisfying(BoardLine.Item.class, i -> assertThat(i.id()).isEqualTo(taskId));

        robot.write("c");
        assertThat(text(robot, cell(robot, taskId, kt))).isEqualTo("C");
        assertThat(role(robot)).isEqualTo(AssignmentRole.LEAD);
        assertThat(((Label) robot.lookup("#statusMessage").query()).getText()).isEqualTo("Đã lưu thay đổi phân công.");
        robot.write("P");
        assertThat(role(robot)).isEqualTo(AssignmentRole.SUPPORT);
        robot.write("Đ");
        assertThat(text(robot, cell(robot, taskId, kt))).isEqualTo("Đ");
        assertThat(role(robot)).isEqualTo(AssignmentRole.REQUESTED);
        robot.type(KeyCode.DELETE);
        assertThat(text(robot, cell(robot, taskId, kt))).isNull();
        assertThat(role(robot)).isNull();
        robot.write("d");
        assertThat(role(robot)).isEqualTo(AssignmentRole.REQUESTED);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(role(robot)).isNull();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(role(robot)).isEqualTo(AssignmentRole.REQUESTED);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(role(robot)).isNull();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(role(robot)).isEqualTo(AssignmentRole.REQUESTED);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(role(robot)).isEqualTo(AssignmentRole.SUPPORT);
        robot.clickOn("#matrixUndo");
        assertThat(role(robot)).isEqualTo(AssignmentRole.LEAD);
        robot.clickOn("#matrixUndo");
        assertThat(role(robot)).isNull();
        assertThat(text(robot, cell(robot, taskId, kt))).isNull();
        assertThat(robot.lookup("#matrixUndo").queryButton().isDisabled()).isTrue();

        // a letter that is not a role does nothing; a group heading takes no role
        robot.clickOn(cell(robot, taskId, kt)).write("x");
        assertThat(role(robot)).isNull();

        // the arrow keys move the highlighted cell, and it is drawn where it is
        robot.type(KeyCode.RIGHT);
        TableColumn<BoardLine, ?> next = cells.getColumns().get(cells.getColumns().indexOf(column(cells, kt)) + 1);
        assertThat(cells.getSelectionModel().getSelectedCells()).singleElement()
                .satisfies(at -> assertThat(at.getTableColumn()).isSameAs(next));
        Point2D there = cell(robot, taskId, (Unit) next.getUserData());
        assertThat(robot.lookup("#matrixCells .matrix-cell").<Node>queryAll()).as("the highlight is under the next unit")
                .anySatisfy(n -> assertThat(n.isVisible() && n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"))
                        && n.localToScreen(n.getBoundsInLocal()).contains(there)).isTrue());

        // a task double-clicked in the task column opens in its form, on the list's tab
        Node taskRow = robot.lookup("#matrixTasks .matrix-row").match(n -> n instanceof TableRow<?> r
                && r.getItem() instanceof BoardLine.Item item && item.id() == taskId).query();
        robot.doubleClickOn(taskRow);
        assertThat(robot.lookup("#taskTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#taskTable").queryTableView().getSelectionModel().getSelectedItem())
                .isInstanceOfSatisfying(BoardLine.Item.class, i -> assertThat(i.id()).isEqualTo(taskId));

        shell.close();
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            Task task = app.tasks().find(taskId).orElseThrow();
            assertThat(task.roleOf(kt.id())).isNull();
            assertThat(task.assignments()).extracting(a -> a.unitText()).containsExactly("Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND");
            // six edits and six undos, each saved in its own transaction with its audit line, after the task's creation
            assertThat(new vn.cchcdesk.store.audit.AuditLog(app.database().dsl()).history("task", taskId)).hasSize(1 + 6 + 6);
        }
    }

    @Test
    void theLettersFollowTheirUnitsWhenTheColumnsChange(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        robot.clickOn("#tasks-tab-matrix");
        TableView<BoardLine> cells = robot.lookup("#matrixCells").queryTableView();
        Unit lead = (Unit) cells.getColumns().stream().map(TableColumn::getUserData)
                .filter(u -> "Phòng Văn hóa - Xã hội".equals(((Unit) u).name())).findFirst().orElseThrow();
        assertThat(text(robot, cell(robot, taskId, lead))).isEqualTo("C");
        Unit first = (Unit) cells.getColumns().get(0).getUserData();
        assertThat(text(robot, cell(robot, taskId, first))).as("Văn phòng supports").isEqualTo("P");

        robot.interact(() -> cells.getColumns().remove(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, cell(robot, taskId, lead))).as("still under its unit once the columns moved").isEqualTo("C");
        Unit nowFirst = (Unit) cells.getColumns().get(0).getUserData();
        assertThat(text(robot, cell(robot, taskId, nowFirst))).as("nothing left where Văn phòng's P was").isNull();
    }

    @Test
    void theTaskColumnIsDraggedWiderAndTheRowsStayLevel(FxRobot robot) {
        robot.clickOn("#nav-tasks");
        robot.clickOn("#tasks-tab-matrix");
        TableView<BoardLine> tasks = robot.lookup("#matrixTasks").queryTableView();
        double before = tasks.getWidth();
        robot.drag(".matrix-grid > .split-pane-divider").moveBy(150, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.getWidth()).as("the long tasks get more room").isGreaterThan(before + 100);
        Node left = robot.lookup("#matrixTasks .matrix-row").match(n -> n instanceof TableRow<?> r
                && r.getItem() instanceof BoardLine.Item item && item.id() == taskId).query();
        Node right = robot.lookup("#matrixCells .matrix-row").match(n -> n instanceof TableRow<?> r
                && r.getItem() instanceof BoardLine.Item item && item.id() == taskId).query();
        assertThat(right.localToScreen(right.getLayoutBounds()).getMinY()).as("the task's two halves level")
                .isEqualTo(left.localToScreen(left.getLayoutBounds()).getMinY());
    }

    private static TableColumn<BoardLine, ?> column(TableView<BoardLine> cells, Unit unit) {
        return cells.getColumns().stream().filter(c -> c.getUserData() instanceof Unit u && u.id().equals(unit.id())).findFirst().orElseThrow();
    }

    /** The letter drawn at a point of the matrix (null: none), as the clerk reads it. */
    private static String text(FxRobot robot, Point2D at) {
        String text = null;
        for (Node node : robot.lookup("#matrixCells .matrix-cell").queryAll()) {
            if (node.isVisible() && node.localToScreen(node.getBoundsInLocal()).contains(at) && ((Label) node).getText() != null) {
                text = ((Label) node).getText();
            }
        }
        return text;
    }

    /** The cell's role as the board holds it after the save (the save runs at once in tests). */
    private AssignmentRole role(FxRobot robot) {
        TableView<BoardLine> cells = robot.lookup("#matrixCells").queryTableView();
        for (BoardLine line : cells.getItems()) {
            if (line instanceof BoardLine.Item item && item.id() == taskId) {
                return item.row().task().roleOf(kt.id());
            }
        }
        throw new AssertionError("task not in the matrix");
    }
}
