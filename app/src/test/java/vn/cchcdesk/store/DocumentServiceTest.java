package vn.cchcdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.ui.ShellTestSupport;

class DocumentServiceTest {

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        app = App.open(dir, ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    static Document incoming(String number, int day, int month, int arrival, LocalDate arrivedOn, String issuer) {
        return new Document(null, Direction.IN, DocumentType.CONG_VAN, DocumentNumber.parse(number).orElseThrow(),
                new PartialDate(day, month, 2026), "Thanh Hóa", null, issuer,
                "đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính", new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn A"),
                List.of(new Recipient(RecipientKind.ADDRESSEE, null, "UBND các xã, phường")), List.of(),
                RegisterEntry.arrived(arrival, arrivedOn), "Thực hiện …", null);
    }

    static Document communeLetter(Citation... citations) {
        return new Document(null, Direction.OUT, DocumentType.CONG_VAN, new DocumentNumber(null, "UBND-VHXH"),
                new PartialDate(null, 3, 2026), "Định Tân", null, "Ủy ban nhân dân xã Định Tân",
                "đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính", new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"),
                List.of(new Recipient(RecipientKind.ADDRESSEE, null, "Các phòng, trung tâm thuộc UBND xã"),
                        new Recipient(RecipientKind.COPY, null, "Lưu: VT, VHXH")),
                List.of(citations), RegisterEntry.empty(), null, null);
    }

    static Citation implementing(String number, int day, int month) {
        return new Citation(CitationKind.IMPLEMENTS, null, DocumentType.CONG_VAN, DocumentNumber.parse(number).orElseThrow(),
                new PartialDate(day, month, 2026), "Sở Nội vụ", "Công văn số " + number + " ngày " + day + "/" + month + "/2026 của Sở Nội vụ");
    }

    @Test
    void savesAndReadsBackEveryPart() {
        Document saved = app.documents().save(incoming("1478/SNV-CCHC&VTTLT", 24, 3, 1, LocalDate.of(2026, 3, 26), "Sở Nội vụ"));
        assertThat(app.documents().find(saved.id())).contains(saved);
        assertThat(new AuditLog(app.database().dsl()).history("document", saved.id())).hasSize(1);
    }

    @Test
    void arrivalNumbersAreProposedInTurnAndNeverReusedInAYear() {
        assertThat(app.documents().proposeArrivalNumber(2026)).isEqualTo(1);
        Document first = app.documents().save(incoming("12/SNV", 1, 3, 1, LocalDate.of(2026, 3, 2), "Sở Nội vụ"));
        assertThat(app.documents().proposeArrivalNumber(2026)).isEqualTo(2);
        assertThatThrownBy(() -> app.documents().save(incoming("13/SNV", 2, 3, 1, LocalDate.of(2026, 3, 3), "Sở Nội vụ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("arrivalNumber"))
                        .satisfies(p -> assertThat(p.args()).containsExactly(1, "2026", 2)));
        app.documents().moveToTrash(first.id());
        assertThat(app.documents().proposeArrivalNumber(2026)).isEqualTo(2);
        assertThat(app.documents().proposeArrivalNumber(2027)).isEqualTo(1);
    }

    @Test
    void aCitationWaitsForItsDocumentAndLinksWhenItIsRegistered() {
        Document letter = app.documents().save(communeLetter(implementing("1478/SNV-CCHC&VTTLT", 24, 3)));
        assertThat(app.documents().find(letter.id()).orElseThrow().citations().get(0).citedDocumentId()).isNull();

        Document directive = app.documents().save(incoming("1478/snv-cchc&vttlt", 24, 3, 5, LocalDate.of(2026, 3, 25), "Sở Nội vụ"));
        assertThat(app.documents().find(letter.id()).orElseThrow().citations().get(0).citedDocumentId()).isEqualTo(directive.id());
        assertThat(app.documents().citedBy(directive.id())).extracting(DocumentRef::id).containsExactly(letter.id());

        Document second = app.documents().save(communeLetter(implementing("1478/SNV-CCHC&VTTLT", 24, 3)));
        assertThat(app.documents().find(second.id()).orElseThrow().citations().get(0).citedDocumentId()).isEqualTo(directive.id());
    }

    @Test
    void flagsADuplicateBeforeSaving() {
        app.documents().save(incoming("049/QĐ-BNV", 2, 3, 3, LocalDate.of(2026, 3, 4), "Bộ Nội vụ"));
        assertThat(app.documents().duplicatesOf(incoming("49/QĐ-BNV", 2, 3, 4, LocalDate.of(2026, 3, 5), "Bộ nội vụ"))).hasSize(1);
        assertThat(app.documents().duplicatesOf(incoming("49/QĐ-BNV", 2, 3, 4, LocalDate.of(2026, 3, 5), "Sở Nội vụ"))).isEmpty();
        assertThat(app.documents().duplicatesOf(incoming("50/QĐ-BNV", 2, 3, 4, LocalDate.of(2026, 3, 5), "Bộ Nội vụ"))).isEmpty();
    }

    @Test
    void aDirectiveAndItsTasksAreWrittenTogetherOrNotAtAll() {
        long vhxh = app.catalog().units().stream().filter(u -> "VHXH".equals(u.shortName())).findFirst().orElseThrow().id();
        Task lead = Task.of(0, "Là cơ quan đầu mối …", List.of(new Assignment(vhxh, "Phòng Văn hóa - Xã hội", AssignmentRole.LEAD)));
        var result = app.documents().register(communeLetter(), List.of(lead, Task.of(0, "Tham mưu …", List.of())));
        assertThat(result.tasks()).extracting(Task::position).containsExactly(0, 1);
        assertThat(app.tasks().ofDocument(result.document().id())).hasSize(2)
                .first().satisfies(t -> assertThat(t.assignments()).extracting(Assignment::role).containsExactly(AssignmentRole.LEAD));

        int documents = app.database().dsl().fetchCount(DOCUMENT);
        int tasks = app.database().dsl().fetchCount(TASK);
        Task broken = Task.of(0, "Đơn vị không tồn tại", List.of(new Assignment(999_999L, "?", AssignmentRole.LEAD)));
        assertThatThrownBy(() -> app.documents().register(communeLetter(), List.of(broken))).isInstanceOf(DataAccessException.class);
        assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(documents);
        assertThat(app.database().dsl().fetchCount(TASK)).isEqualTo(tasks);
    }

    @Test
    void namesEveryProblemOfABadDocument() {
        Document bad = new Document(null, Direction.OUT, null, null, PartialDate.unknown(), null, null, null, " ",
                null, List.of(), List.of(), RegisterEntry.arrived(3, LocalDate.of(2026, 1, 2)), null, null);
        assertThatThrownBy(() -> app.documents().save(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactlyInAnyOrder("type", "summary", "arrivalNumber"));
        Document early = incoming("5/SNV", 20, 3, 1, LocalDate.of(2026, 3, 2), "Sở Nội vụ");
        assertThatThrownBy(() -> app.documents().save(early))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::messageKey)
                        .containsExactly("documents.validation.arrivalBeforeIssue"));
    }

    @Test
    void tasksKeepTheirTimeframeAndAssignmentsAndGoToTheTrash() {
        Document plan = app.documents().save(communeLetter());
        long vhxh = app.catalog().units().stream().filter(u -> "VHXH".equals(u.shortName())).findFirst().orElseThrow().id();
        Task task = new Task(null, plan.id(), "2.1. Phòng Văn hóa - Xã hội", "Tham mưu tự đánh giá chỉ số CCHC",
                Timeframe.parse("Thời hạn: trước 30/5/2026", 2026), null, null, null, 0,
                List.of(new Assignment(vhxh, "Phòng Văn hóa - Xã hội", AssignmentRole.LEAD),
                        new Assignment(null, "các thôn", AssignmentRole.REQUESTED)));
        Task saved = app.tasks().save(task);
        assertThat(app.tasks().find(saved.id())).contains(saved);
        assertThat(saved.timeframe().dueDate()).isEqualTo(LocalDate.of(2026, 5, 30));

        Task done = app.tasks().save(saved.done(LocalDate.of(2026, 5, 19), "Đã gửi báo cáo"));
        assertThat(app.tasks().find(saved.id()).orElseThrow().completedOn()).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThatThrownBy(() -> app.tasks().save(done.done(LocalDate.of(2026, 5, 21), "x")))
                .isInstanceOf(ValidationException.class);

        app.tasks().moveToTrash(saved.id());
        assertThat(app.tasks().ofDocument(plan.id())).isEmpty();
        app.tasks().restoreFromTrash(saved.id());
        assertThat(app.tasks().ofDocument(plan.id())).hasSize(1);
    }
}
