package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.TaskFixtures.unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.tasks.UnitDutiesViewModel.Duty;
import vn.cchcdesk.ui.tasks.UnitDutiesViewModel.UnitSummary;

/** "Việc của đơn vị": what each unit owes, soonest due first. */
class UnitDutiesViewModelTest {

    @TempDir
    static Path dir;
    private static App app;

    @BeforeAll
    static void data() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        TaskDemoData.fill(app);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void aUnitsTasksWithTheirRolesSoonestFirst() {
        List<String> said = new ArrayList<>();
        TaskBoardViewModel board = new TaskBoardViewModel(app.tasks(), app.catalog(), app.holidays(), ShellTestSupport.context(said));
        UnitDutiesViewModel duties = new UnitDutiesViewModel(board);
        board.load();

        UnitSummary vhxh = duties.summaries().stream().filter(s -> "VHXH".equals(s.unit().shortName())).findFirst().orElseThrow();
        assertThat(vhxh.tasks()).isEqualTo(11);
        assertThat(vhxh.open()).isEqualTo(10);
        assertThat(vhxh.overdue()).isEqualTo(2);
        assertThat(vhxh.dueSoon()).isEqualTo(3);

        assertThat(duties.unitProperty().get()).as("opens on the first unit").isEqualTo(duties.summaries().get(0).unit());
        duties.unitProperty().set(vhxh.unit());
        assertThat(duties.duties()).hasSize(11);
        List<Duty> open = duties.duties().subList(0, 10);
        assertThat(open).extracting(d -> d.schedule().state()).doesNotContain(vn.cchcdesk.domain.task.TaskState.DONE);
        assertThat(open).extracting(d -> d.schedule().nextDue()).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(open.get(0).schedule().nextDue()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(duties.duties().get(10).schedule().state()).as("done last").isEqualTo(vn.cchcdesk.domain.task.TaskState.DONE);
        assertThat(duties.duties()).extracting(Duty::role).contains(AssignmentRole.LEAD, AssignmentRole.SUPPORT);

        // the board's filters other than the unit one apply; the unit filter does not hide other units
        board.unitProperty().set(unit(app, "CA"));
        board.statusProperty().set(StatusFilter.OVERDUE);
        assertThat(duties.duties()).extracting(d -> d.row().task().text()).containsExactlyInAnyOrder(
                "Treo băng rôn tại nhà văn hóa các thôn, khu dân cư.",
                "Khai thác, sử dụng hiệu quả thông tin trên trang cải cách hành chính của tỉnh phục vụ công tác tham mưu.");
        assertThat(duties.summaries()).filteredOn(s -> s.unit().shortName().equals("Thôn 4")).singleElement()
                .satisfies(s -> assertThat(s.tasks()).isEqualTo(1));
    }
}
