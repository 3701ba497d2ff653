package vn.cchcdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.ui.MovableClock;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.SyncTaskRunner;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.dashboard.DeadlinesViewModel.Deadline;

/** What the start screen lists, as the clock moves. */
class DeadlinesViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final MovableClock clock = new MovableClock(LocalDate.of(2026, 5, 20));
    private DeadlinesViewModel model;

    @BeforeEach
    void open() {
        app = App.open(dir, clock);
        vn.cchcdesk.ui.tasks.TaskDemoData.fill(app);
        List<String> said = new ArrayList<>();
        model = new DeadlinesViewModel(app.tasks(), app.holidays(), app.catalog(),
                new UiContext(new SyncTaskRunner(), clock, () -> null, said::add, id -> { }));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static List<String> texts(List<Deadline> list) {
        return list.stream().map(d -> d.row().task().text().substring(0, 20)).toList();
    }

    @Test
    void overdueMostRecentlyMissedFirstAndDueSoonSoonestFirst() {
        model.load();
        assertThat(model.overdue()).extracting(d -> d.schedule().nextDue())
                .containsExactly(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 4, 30));
        assertThat(model.dueSoon()).extracting(d -> d.schedule().nextDue()).containsExactly(
                LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 23), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 27));
        assertThat(model.totalProperty().get()).isEqualTo(14);
        assertThat(model.doneProperty().get()).isEqualTo(2);
        assertThat(model.openProperty().get()).isEqualTo(12);
        assertThat(model.leadOf(model.overdue().get(0))).isEqualTo("VHXH");
    }

    @Test
    void aTaskBecomesOverdueWhenTheClockPassesItsDueDate() {
        model.load();
        List<String> soon = texts(model.dueSoon());
        clock.moveTo(LocalDate.of(2026, 5, 24));
        model.load();
        // 23/05 has passed: the report on the banners is now overdue; 20/05 moved to 20/06 (monthly)
        assertThat(texts(model.overdue())).hasSize(3).contains(soon.get(1));
        assertThat(model.dueSoon()).extracting(d -> d.schedule().nextDue())
                .containsExactly(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 27));
    }
}
