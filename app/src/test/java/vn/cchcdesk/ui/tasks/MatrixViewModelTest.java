package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.TaskFixtures.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.SyncTaskRunner;
import vn.cchcdesk.ui.common.UiContext;

/** Cells typed in the matrix are shown at once, saved one by one, and undone newest first. */
class MatrixViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private final List<Throwable> reported = new ArrayList<>();
    private TaskBoardViewModel board;
    private MatrixViewModel matrix;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        TaskDemoData.fill(app);
        SyncTaskRunner runner = new SyncTaskRunner();
        runner.setFailureHandler(reported::add);
        UiContext ui = new UiContext(runner, ShellTestSupport.CLOCK, () -> null, said::add, id -> { });
        board = new TaskBoardViewModel(app.tasks(), app.catalog(), app.holidays(), ui);
        board.load();
        matrix = new MatrixViewModel(board);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private TaskRow row(String start) {
        return board.allRows().stream().filter(r -> r.task().text().startsWith(start)).findFirst().orElseThrow();
    }

    private AssignmentRole stored(TaskRow row, Unit unit) {
        return app.tasks().find(row.id()).orElseThrow().roleOf(unit.id());
    }

    private AssignmentRole shown(TaskRow row, Unit unit) {
        BoardLine line = matrix.lines().stream().filter(l -> l instanceof BoardLine.Item i && i.id() == row.id()).findFirst().orElseThrow();
        return matrix.role(line, unit);
    }

    @Test
    void columnsAreTheUnitsAndRowsTheTasksUnderTheirDirectives() {
        assertThat(matrix.units()).hasSize(12 + 7);
        assertThat(matrix.units().get(0).shortName()).isEqualTo("VP");
        assertThat(matrix.lines()).hasSize(18);
        TaskRow banners = row("Treo băng rôn, khẩu hiệu");
        assertThat(shown(banners, unit(app, "VP"))).isEqualTo(AssignmentRole.LEAD);
        assertThat(shown(banners, unit(app, "TTPVHCC"))).isEqualTo(AssignmentRole.SUPPORT);
        assertThat(shown(banners, unit(app, "CA"))).isNull();
        assertThat(matrix.lines().get(0)).isInstanceOf(BoardLine.Group.class);
        assertThat(matrix.role(matrix.lines().get(0), unit(app, "VP"))).isNull();
        assertThat(matrix.leadWarning(matrix.lines().stream().filter(l -> l instanceof BoardLine.Item i
                && i.row().task().text().startsWith("Khai thác")).findFirst().orElseThrow())).isTrue();
    }

    @Test
    void eachEditIsSavedAndTheLastOnesUndoNewestFirst() {
        TaskRow task = row("Tổ chức Hội nghị tuyên truyền");
        Unit ca = unit(app, "CA");
        Unit vhxh = unit(app, "VHXH");
        Unit vp = unit(app, "VP");

        matrix.set(task.id(), ca, AssignmentRole.SUPPORT);
        matrix.set(task.id(), ca, AssignmentRole.REQUESTED);
        matrix.set(task.id(), vhxh, null);
        matrix.set(task.id(), vp, AssignmentRole.LEAD);
        assertThat(shown(task, ca)).isEqualTo(AssignmentRole.REQUESTED);
        assertThat(stored(task, ca)).isEqualTo(AssignmentRole.REQUESTED);
        assertThat(stored(task, vhxh)).isNull();
        assertThat(stored(task, vp)).isEqualTo(AssignmentRole.LEAD);
        assertThat(matrix.undoableProperty().get()).isEqualTo(4);
        assertThat(said).contains("Đã lưu thay đổi phân công.");

        matrix.undo();
        assertThat(stored(task, vp)).isEqualTo(AssignmentRole.SUPPORT);
        matrix.undo();
        assertThat(stored(task, vhxh)).isEqualTo(AssignmentRole.LEAD);
        assertThat(shown(task, vhxh)).isEqualTo(AssignmentRole.LEAD);
        matrix.undo();
        assertThat(stored(task, ca)).isEqualTo(AssignmentRole.SUPPORT);
        matrix.undo();
        assertThat(stored(task, ca)).isNull();
        assertThat(app.tasks().find(task.id()).orElseThrow().assignments()).as("exactly as before, in order")
                .isEqualTo(task.task().assignments());
        assertThat(matrix.undoableProperty().get()).isZero();
        matrix.undo();
        assertThat(said).endsWith("Không còn thay đổi nào để hoàn tác.");
        // every change and every undo is a transaction of its own, with its audit line
        assertThat(new AuditLog(app.database().dsl()).history("task", task.id())).hasSize(1 + 8);
    }

    @Test
    void typingTheRoleACellAlreadyHasChangesNothing() {
        TaskRow task = row("Tổ chức Hội nghị tuyên truyền");
        matrix.set(task.id(), unit(app, "VHXH"), AssignmentRole.LEAD);
        assertThat(matrix.undoableProperty().get()).isZero();
        assertThat(new AuditLog(app.database().dsl()).history("task", task.id())).hasSize(1);
    }

    @Test
    void aFailedSaveShowsWhatIsStoredAndReportsIt() {
        TaskRow task = row("Tổ chức Hội nghị tuyên truyền");
        app.tasks().moveToTrash(task.id()); // meanwhile, elsewhere
        matrix.set(task.id(), unit(app, "CA"), AssignmentRole.SUPPORT);
        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("tasks.notFound"));
        assertThat(board.row(task.id())).isEmpty();
        assertThat(matrix.undoableProperty().get()).isZero();
    }

    @Test
    void filtersApplyToTheMatrixRows() {
        board.unitProperty().set(unit(app, "THCS"));
        assertThat(matrix.lines()).hasSize(2);
        board.clearFilters();
        board.statusProperty().set(StatusFilter.OVERDUE);
        assertThat(matrix.tasks()).hasSize(2);
    }
}
