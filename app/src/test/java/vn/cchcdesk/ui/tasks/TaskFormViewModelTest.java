package vn.cchcdesk.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.TaskFixtures.unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.ProgressNote;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.TaskDetail;
import vn.cchcdesk.domain.task.TaskStatus;
import vn.cchcdesk.domain.task.TimeframeKind;
import vn.cchcdesk.store.TaskFixtures;
import vn.cchcdesk.ui.ShellTestSupport;

/** Writing a task by hand and completing one, with the real services on a real H2 file. */
class TaskFormViewModelTest {

    @TempDir
    Path dir;
    private App app;
    private final List<String> said = new ArrayList<>();
    private TaskBoardViewModel board;
    private TaskFormViewModel form;
    private Document letter;
    private Document report;
    private final List<TaskDetail> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
        letter = TaskFixtures.letter(app, "1069/UBND-VHXH", 26, 3, "đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính");
        report = TaskFixtures.directive(app, vn.cchcdesk.domain.document.DocumentType.BAO_CAO, "35/BC-UBND", 18, 5,
                "kết quả treo băng rôn tháng 5", null);
        var ui = ShellTestSupport.context(said);
        board = new TaskBoardViewModel(app.tasks(), app.catalog(), app.holidays(), ui);
        board.load();
        form = new TaskFormViewModel(app.tasks(), ui, board);
        form.setDocuments(app.tasks().documents());
        form.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void add(String shortName, AssignmentRole role) {
        form.unitRoles().unitToAddProperty().set(unit(app, shortName));
        form.unitRoles().roleToAddProperty().set(role);
        form.unitRoles().addAssignment();
    }

    @Test
    void aTaskByHandWithOneLeadAndTwoSupportingUnits() {
        form.startNew(null);
        form.directiveChoices().queryProperty().set("1069 tuyen truyen");
        assertThat(form.directiveChoices().matches()).extracting(DocumentRef::id).containsExactly(letter.id());
        form.chooseDirective(form.directiveChoices().matches().get(0));
        assertThat(form.directiveChoices().matches()).isEmpty();
        form.textProperty().set("Xây dựng chuyên mục  CCHC trên Trang thông tin điện tử xã");
        form.sectionProperty().set("2.");
        assertThat(form.unitRoles().leadWarningProperty().get()).isEqualTo("Chưa có đơn vị chủ trì.");
        add("TTDVSNC", AssignmentRole.LEAD);
        assertThat(form.unitRoles().leadWarningProperty().get()).isEmpty();
        add("VHXH", AssignmentRole.SUPPORT);
        add("TTPVHCC", AssignmentRole.SUPPORT);
        form.timeframeTextProperty().set("trước 30/5/2026");
        assertThat(form.preview().summaryProperty().get()).isEqualTo("Hoàn thành trước ngày · hạn: 30/05/2026");
        assertThat(form.preview().warningProperty().get())
                .isEqualTo("Hạn 30/05/2026 rơi vào Thứ Bảy, ngày nghỉ cuối tuần. Ngày làm việc liền trước: 29/05/2026.");
        form.save();

        assertThat(saved).hasSize(1);
        Task task = app.tasks().find(saved.get(0).task().id()).orElseThrow();
        assertThat(task.text()).isEqualTo("Xây dựng chuyên mục CCHC trên Trang thông tin điện tử xã");
        assertThat(task.documentId()).isEqualTo(letter.id());
        assertThat(task.section()).isEqualTo("2.");
        assertThat(task.assignments()).extracting(Assignment::unitText, Assignment::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trung tâm Dịch vụ sự nghiệp công", AssignmentRole.LEAD),
                org.assertj.core.groups.Tuple.tuple("Phòng Văn hóa - Xã hội", AssignmentRole.SUPPORT),
                org.assertj.core.groups.Tuple.tuple("Trung tâm Phục vụ hành chính công", AssignmentRole.SUPPORT));
        assertThat(task.timeframe().kind()).isEqualTo(TimeframeKind.BY_DATE);
        assertThat(task.timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(said).contains("Đã lưu nhiệm vụ.");
        assertThat(form.editingProperty().get()).isNotNull();
    }

    @Test
    void theFormShowsWhatIsMissingBesideItsFieldsAndWarnsOfTwoLeads() {
        form.startNew(null);
        add("VHXH", AssignmentRole.LEAD);
        add("TTPVHCC", AssignmentRole.LEAD);
        assertThat(form.unitRoles().leadWarningProperty().get()).isEqualTo("Có 2 đơn vị chủ trì; thường mỗi nhiệm vụ chỉ có một.");
        add("TTPVHCC", AssignmentRole.SUPPORT); // the same unit again changes its role
        assertThat(form.unitRoles().assignments()).hasSize(2);
        assertThat(form.unitRoles().leadWarningProperty().get()).isEmpty();
        form.save();
        assertThat(form.errors().get("document")).isEqualTo("Không được để trống.");
        assertThat(form.errors().get("text")).isEqualTo("Không được để trống.");
        assertThat(saved).isEmpty();
        assertThat(app.tasks().rows()).isEmpty();
    }

    @Test
    void markingATaskDoneWithItsResultNotesAndEvidence() {
        Task task = app.tasks().save(new Task(null, letter.id(), null, "Treo băng rôn tại trụ sở", vn.cchcdesk.domain.task.Timeframe.parse("trước 15/5/2026", 2026),
                TaskStatus.IN_PROGRESS, null, null, 0, List.of(TaskFixtures.role(app, "VP", AssignmentRole.LEAD))));
        form.edit(task.id(), letter.ref());
        assertThat(form.textProperty().get()).isEqualTo("Treo băng rôn tại trụ sở");
        form.progressNotes().noteDateProperty().set(LocalDate.of(2026, 5, 11));
        form.progressNotes().noteTextProperty().set("Đặt in băng rôn");
        form.progressNotes().addNote();
        form.progressNotes().noteDateProperty().set(LocalDate.of(2026, 6, 1));
        form.progressNotes().noteTextProperty().set("Ngày mai");
        form.progressNotes().addNote();
        assertThat(form.errors().get("notes")).isEqualTo("Ngày ghi chú tiến độ không thể sau hôm nay.");
        assertThat(form.progressNotes().notes()).extracting(ProgressNote::text).containsExactly("Đặt in băng rôn");
        form.evidenceChoices().queryProperty().set("35/BC");
        form.addEvidence(form.evidenceChoices().matches().get(0));
        form.markDone();
        assertThat(form.completedOnProperty().get()).isEqualTo(LocalDate.of(2026, 5, 20));
        form.resultProperty().set("Đã treo 6 băng rôn");
        form.save();

        TaskDetail detail = app.tasks().detail(task.id()).orElseThrow();
        assertThat(detail.task().status()).isEqualTo(TaskStatus.DONE);
        assertThat(detail.task().completedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(detail.task().result()).isEqualTo("Đã treo 6 băng rôn");
        assertThat(detail.notes()).extracting(ProgressNote::text).containsExactly("Đặt in băng rôn");
        assertThat(detail.evidence()).extracting(DocumentRef::id).containsExactly(report.id());
        assertThat(detail.task().timeframe()).as("unchanged text keeps the stored time frame").isEqualTo(task.timeframe());

        form.statusProperty().set(TaskStatus.IN_PROGRESS);
        assertThat(form.completedOnProperty().get()).as("only a done task has a completion date").isNull();
    }

    @Test
    void aTaskInTheTrashLeavesTheList() {
        Task task = app.tasks().save(new Task(null, letter.id(), null, "Tổ chức hội nghị", null, null, null, null, 0, List.of()));
        List<Long> deleted = new ArrayList<>();
        form.setOnDeleted(deleted::add);
        form.edit(task.id(), letter.ref());
        form.delete();
        assertThat(deleted).containsExactly(task.id());
        assertThat(app.tasks().find(task.id())).isEmpty();
        assertThat(form.editingProperty().get()).isNull();
        assertThat(form.directiveProperty().get()).isEqualTo(letter.ref());
    }
}
