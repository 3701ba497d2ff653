package vn.cchcdesk.store.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.task.ActivityRef;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.ShellTestSupport;

/** Activities as a task's evidence on a real H2 file: found by words or date, linked and let go with the task's save. */
class TaskActivityEvidenceTest {

    @TempDir
    Path dir;
    private App app;
    private Task task;
    private long radio;
    private long banner;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        Document letter = TaskFixtures.letter(app, "132/UBND-VHXH", 12, 3, "đẩy mạnh tuyên truyền cải cách hành chính");
        task = app.tasks().save(Task.of(letter.id(), "Tuyên truyền trên loa truyền thanh", List.of(TaskFixtures.role(app, "VHXH", AssignmentRole.LEAD)))
                .withDocument(letter.id(), 0));
        long vhxh = TaskFixtures.unit(app, "VHXH").id();
        radio = app.activities().save(Activity.of(LocalDate.of(2026, 4, 8), vhxh, TaskFixtures.form(app, "RADIO").id(),
                "Phát chuyên mục cải cách hành chính tháng 4")).id();
        banner = app.activities().save(Activity.of(LocalDate.of(2026, 5, 14), vhxh, TaskFixtures.form(app, "BANNER").id(),
                "Treo băng rôn tại trụ sở")).id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private TaskDetail detail() {
        return app.tasks().detail(task.id()).orElseThrow();
    }

    @Test
    void activitiesAreFoundLinkedAndLetGo() {
        assertThat(app.tasks().searchActivities("chuyen muc cai cach", 8)).extracting(ActivityRef::id).containsExactly(radio);
        assertThat(app.tasks().searchActivities("14/05/2026", 8)).extracting(ActivityRef::id).containsExactly(banner);
        assertThat(app.tasks().searchActivities("van hoa 08/04/2026", 8)).extracting(ActivityRef::id).containsExactly(radio);
        assertThat(app.tasks().searchActivities(" ", 8)).isEmpty();

        List<ActivityRef> both = app.tasks().searchActivities("van hoa xa hoi", 8);
        assertThat(both).extracting(ActivityRef::title).containsExactly("Treo băng rôn tại trụ sở", "Phát chuyên mục cải cách hành chính tháng 4");
        app.tasks().saveDetail(new TaskDetail(detail().task(), List.of(), List.of(), both));
        assertThat(detail().activities()).extracting(ActivityRef::id).containsExactly(radio, banner);
        assertThat(app.activities().find(radio).orElseThrow().taskId()).isEqualTo(task.id());
        assertThat(app.tasks().rows().get(0).activities()).isEqualTo(2);

        // a save that does not show activities leaves them; one that drops an activity lets it go
        app.tasks().saveDetail(new TaskDetail(detail().task().done(LocalDate.of(2026, 5, 15), "Đã phát 2 lần/tháng"), List.of(), List.of()));
        assertThat(detail().activities()).hasSize(2);
        app.tasks().saveDetail(new TaskDetail(detail().task(), List.of(), List.of(), List.of(detail().activities().get(1))));
        assertThat(detail().activities()).extracting(ActivityRef::id).containsExactly(banner);
        assertThat(app.activities().find(radio).orElseThrow().taskId()).isNull();

        // an activity in the trash keeps its link, to come back with it
        app.activities().moveToTrash(List.of(banner));
        assertThat(detail().activities()).isEmpty();
        app.tasks().saveDetail(new TaskDetail(detail().task(), List.of(), List.of(), List.of()));
        app.activities().restore(List.of(banner));
        assertThat(detail().activities()).extracting(ActivityRef::id).containsExactly(banner);
    }

    @Test
    void theSameActivityTwiceIsRefused() {
        ActivityRef once = app.tasks().searchActivities("bang ron", 8).get(0);
        assertThatThrownBy(() -> app.tasks().saveDetail(new TaskDetail(detail().task(), List.of(), List.of(), List.of(once, once))))
                .isInstanceOf(ValidationException.class);
        assertThat(detail().activities()).isEmpty();
    }
}
