package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.TaskFixtures.role;
import static vn.cchcdesk.store.TaskFixtures.unit;
import static vn.cchcdesk.store.jooq.Tables.TASK_EVIDENCE_DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK_PROGRESS_NOTE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.TaskRow;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

/** Tasks with notes, evidence and matrix edits on a real H2 file. */
class TaskServiceTest {

    @TempDir
    Path dir;
    private App app;
    private Document letter;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        letter = TaskFixtures.letter(app, "132/UBND-VHXH", 12, 3, "đẩy mạnh tuyên truyền cải cách hành chính");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Task newTask(String text, String timeframe, Assignment... assignments) {
        return new Task(null, letter.id(), "2.1. Phòng Văn hóa - Xã hội", text, Timeframe.parse(timeframe, 2026),
                TaskStatus.NOT_STARTED, null, null, 0, List.of(assignments));
    }

    @Test
    void rowsCarryTheDirectiveTheYearAndWhatIsRecorded() {
        Task a = app.tasks().save(newTask("Xây dựng chuyên mục CCHC", "trước 30/5/2026",
                role(app, "VHXH", AssignmentRole.LEAD), role(app, "TTDVSNC", AssignmentRole.SUPPORT)));
        Task b = app.tasks().save(newTask("Báo cáo kết quả hằng quý", "hằng quý"));
        Document evidence = TaskFixtures.letter(app, "140/UBND-VHXH", 20, 3, "báo cáo kết quả");
        app.tasks().saveDetail(new TaskDetail(a, List.of(new ProgressNote(LocalDate.of(2026, 4, 2), "Đã có dự thảo")),
                List.of(evidence.ref())));

        List<TaskRow> rows = app.tasks().rows();
        assertThat(rows).extracting(TaskRow::id).containsExactly(a.id(), b.id());
        TaskRow first = rows.get(0);
        assertThat(first.directive().label()).isEqualTo("Công văn 132/UBND-VHXH");
        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.notes()).isEqualTo(1);
        assertThat(first.evidence()).isEqualTo(1);
        assertThat(first.task().assignments()).extracting(Assignment::role).containsExactly(AssignmentRole.LEAD, AssignmentRole.SUPPORT);
        assertThat(first.schedule(LocalDate.of(2026, 5, 25)).dueSoon()).isTrue();

        app.documents().moveToTrash(evidence.id());
        assertThat(app.tasks().rows().get(0).evidence()).isZero();
        app.documents().moveToTrash(letter.id());
        assertThat(app.tasks().rows()).as("tasks of a directive in the trash").isEmpty();
    }

    @Test
    void aTaskIsSavedWithItsNotesAndEvidenceInOneTransaction() {
        Task task = app.tasks().save(newTask("Treo băng rôn tại trụ sở", "trong tháng 4/2026", role(app, "VHXH", AssignmentRole.LEAD)));
        Document report = TaskFixtures.letter(app, "150/UBND-VHXH", 28, 4, "báo cáo treo băng rôn");
        TaskDetail done = new TaskDetail(task.done(LocalDate.of(2026, 4, 28), "Đã treo 12 băng rôn tại trụ sở và các thôn"),
                List.of(new ProgressNote(LocalDate.of(2026, 4, 20), "Đặt in băng rôn"),
                        new ProgressNote(LocalDate.of(2026, 4, 10), "Duyệt nội dung khẩu hiệu")),
                List.of(report.ref()));
        app.tasks().saveDetail(done);

        TaskDetail read = app.tasks().detail(task.id()).orElseThrow();
        assertThat(read.task().status()).isEqualTo(TaskStatus.DONE);
        assertThat(read.task().result()).isEqualTo("Đã treo 12 băng rôn tại trụ sở và các thôn");
        assertThat(read.notes()).extracting(ProgressNote::text).containsExactly("Duyệt nội dung khẩu hiệu", "Đặt in băng rôn");
        assertThat(read.evidence()).extracting(DocumentRef::id).containsExactly(report.id());
        assertThat(new AuditLog(app.database().dsl()).history("task", task.id())).hasSize(2)
                .first().satisfies(e -> assertThat(e.afterJson()).contains("Đặt in băng rôn", "150"));

        // a link to a document that is not there fails the whole save: the status and notes stay as they were
        DocumentRef missing = new DocumentRef(9999, report.direction(), report.type(), report.number(), report.issueDate(), null, "x");
        TaskDetail broken = new TaskDetail(read.task().done(LocalDate.of(2026, 4, 29), "Khác"),
                List.of(new ProgressNote(LocalDate.of(2026, 4, 29), "Ghi chú mới")), List.of(missing));
        assertThatThrownBy(() -> app.tasks().saveDetail(broken)).isInstanceOf(RuntimeException.class);
        assertThat(app.tasks().detail(task.id())).contains(read);
        assertThat(app.database().dsl().fetchCount(TASK_PROGRESS_NOTE)).isEqualTo(2);
        assertThat(app.database().dsl().fetchCount(TASK_EVIDENCE_DOCUMENT)).isEqualTo(1);
    }

    @Test
    void badNotesAndEvidenceAreRefusedByField() {
        Task task = app.tasks().save(newTask("Tổ chức hội nghị", null));
        TaskDetail future = new TaskDetail(task, List.of(new ProgressNote(LocalDate.of(2026, 6, 1), "Sẽ làm")), List.of(letter.ref()));
        assertThatThrownBy(() -> app.tasks().saveDetail(future)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.problems()).extracting(p -> p.field() + ":" + p.messageKey()).containsExactly(
                        "notes:tasks.validation.noteInFuture", "evidence:tasks.validation.evidenceIsDirective"));
    }

    @Test
    void theMatrixGivesChangesAndRemovesARoleCellByCell() {
        Task task = app.tasks().save(newTask("Tuyên truyền trên loa", "Thường xuyên trong năm 2026",
                new Assignment(null, "Các thôn", AssignmentRole.REQUESTED)));
        long vhxh = unit(app, "VHXH").id();
        long ca = unit(app, "CA").id();

        app.tasks().assign(task.id(), vhxh, "Phòng Văn hóa - Xã hội", AssignmentRole.LEAD);
        app.tasks().assign(task.id(), ca, "Công an xã", AssignmentRole.SUPPORT);
        app.tasks().assign(task.id(), ca, "Công an xã", AssignmentRole.REQUESTED);
        assertThat(app.tasks().find(task.id()).orElseThrow().assignments()).containsExactly(
                new Assignment(null, "Các thôn", AssignmentRole.REQUESTED),
                new Assignment(vhxh, "Phòng Văn hóa - Xã hội", AssignmentRole.LEAD),
                new Assignment(ca, "Công an xã", AssignmentRole.REQUESTED));

        Task after = app.tasks().assign(task.id(), vhxh, "Phòng Văn hóa - Xã hội", null);
        assertThat(after.assignments()).extracting(Assignment::unitText).containsExactly("Các thôn", "Công an xã");
        assertThat(app.tasks().find(task.id())).contains(after);
        assertThat(new AuditLog(app.database().dsl()).history("task", task.id())).hasSize(5);
        assertThatThrownBy(() -> app.tasks().assign(424242, vhxh, "x", AssignmentRole.LEAD)).hasMessageContaining("tasks.notFound");
    }
}
