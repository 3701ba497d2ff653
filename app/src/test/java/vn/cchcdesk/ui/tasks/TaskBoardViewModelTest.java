package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.ShellTestSupport;

/** The shared list of tasks and its filters, on the demo commune's year as of 20/05/2026. */
class TaskBoardViewModelTest {

    @TempDir
    static Path dir;
    private static App app;
    private final List<String> said = new ArrayList<>();
    private TaskBoardViewModel board;

    @BeforeAll
    static void data() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        TaskDemoData.fill(app);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @BeforeEach
    void load() {
        board = new TaskBoardViewModel(app.tasks(), app.catalog(), app.holidays(), ShellTestSupport.context(said));
        board.load();
    }

    private List<String> texts() {
        return board.visibleRows().stream().map(r -> r.task().text()).toList();
    }

    @Test
    void loadsEveryTaskWithItsScheduleAndCountsWhatIsLateOrDueSoon() {
        assertThat(board.allRows()).hasSize(14);
        assertThat(board.visibleRows()).hasSize(14);
        assertThat(board.overdueProperty().get()).isEqualTo(2);
        assertThat(board.dueSoonProperty().get()).isEqualTo(4);
        assertThat(board.doneProperty().get()).isEqualTo(2);
        assertThat(board.years()).containsExactly(2026);
        // only the directives that give tasks, newest first (the report and the letter used as evidence give none)
        assertThat(board.directives()).extracting(d -> d.number().format())
                .containsExactly("210/UBND-VHXH", "1069/UBND-VHXH", "42/KH-UBND", "15/QĐ-UBND");
    }

    @Test
    void groupsTheVisibleTasksUnderTheirDirectives() {
        List<BoardLine> lines = board.lines();
        assertThat(lines.get(0)).isInstanceOfSatisfying(BoardLine.Group.class, g -> {
            assertThat(g.directive().number().format()).isEqualTo("210/UBND-VHXH");
            assertThat(g.tasks()).isEqualTo(3);
        });
        assertThat(lines).filteredOn(l -> l instanceof BoardLine.Group).hasSize(4);
        assertThat(lines).hasSize(14 + 4);
    }

    @Test
    void filtersByDirectiveUnitRoleStatusAndWords() {
        board.directiveProperty().set(board.directives().stream().filter(d -> d.number().format().equals("42/KH-UBND")).findFirst().orElseThrow());
        assertThat(board.visibleRows()).hasSize(5);
        board.clearFilters();

        board.unitProperty().set(TaskFixtures.unit(app, "VP"));
        assertThat(board.visibleRows()).hasSize(3);
        board.roleProperty().set(AssignmentRole.LEAD);
        assertThat(texts()).containsExactly("Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở UBND xã và Trung tâm Phục vụ hành chính công.");
        board.clearFilters();

        board.roleProperty().set(AssignmentRole.REQUESTED);
        assertThat(board.visibleRows()).hasSize(5);
        board.clearFilters();

        board.statusProperty().set(StatusFilter.OVERDUE);
        assertThat(texts()).containsExactlyInAnyOrder("Treo băng rôn tại nhà văn hóa các thôn, khu dân cư.",
                "Khai thác, sử dụng hiệu quả thông tin trên trang cải cách hành chính của tỉnh phục vụ công tác tham mưu.");
        assertThat(board.overdueProperty().get()).isEqualTo(2);
        board.statusProperty().set(StatusFilter.DUE_SOON);
        assertThat(board.visibleRows()).hasSize(4);
        assertThat(board.overdueProperty().get()).isZero();
        board.statusProperty().set(StatusFilter.DONE);
        assertThat(board.visibleRows()).hasSize(2);
        board.statusProperty().set(StatusFilter.NOT_STARTED);
        assertThat(board.visibleRows()).extracting(r -> board.schedule(r).state().name()).containsOnly("NOT_STARTED");
        board.clearFilters();

        board.searchProperty().set("bang ron thon");
        assertThat(texts()).containsExactly("Treo băng rôn tại nhà văn hóa các thôn, khu dân cư.");
        board.searchProperty().set("42/KH");
        assertThat(board.visibleRows()).hasSize(5);
        board.yearProperty().set(2025);
        assertThat(board.visibleRows()).isEmpty();
        board.clearFilters();
        assertThat(board.visibleRows()).hasSize(14);
    }

    @Test
    void aTaskChangedElsewhereReplacesItsRowAndTheCounts() {
        TaskRow late = board.allRows().stream().filter(r -> board.schedule(r).overdue()).findFirst().orElseThrow();
        board.replace(late.task().done(ShellTestSupport.CLOCK.instant().atZone(ShellTestSupport.CLOCK.getZone()).toLocalDate(), "Xong"));
        assertThat(board.overdueProperty().get()).isEqualTo(1);
        assertThat(board.doneProperty().get()).isEqualTo(3);
        assertThat(board.row(late.id()).orElseThrow().notes()).isEqualTo(late.notes());
    }

    @Test
    void shortNamesOfTheUnitsOfARole() {
        TaskRow row = board.allRows().stream().filter(r -> r.task().text().startsWith("Thường xuyên viết tin")).findFirst().orElseThrow();
        assertThat(board.unitsWith(row.task(), AssignmentRole.LEAD)).isEqualTo("TTDVSNC");
        assertThat(board.unitsWith(row.task(), AssignmentRole.SUPPORT)).isEqualTo("VHXH, TTPVHCC");
    }
}
