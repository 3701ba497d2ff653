package vn.cchcdesk.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.store.trash.TrashService;
import vn.cchcdesk.store.trash.TrashService.TrashItem;
import vn.cchcdesk.ui.ShellTestSupport;

class HistoryAndTrashTest {

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

    @Test
    void aRecordsHistoryShowsEachChangeFieldByFieldNewestFirst() {
        long id = Records.plan(7, 1).register(app);
        Document saved = app.documents().find(id).orElseThrow();
        app.documents().save(new Document(saved.id(), saved.direction(), saved.type(), saved.number(), saved.issueDate(),
                saved.place(), saved.issuerBodyId(), saved.issuerText(), "Kế hoạch đã sửa trích yếu", saved.signer(),
                saved.recipients(), saved.citations(), saved.register(), saved.fullText(), "ghi chú mới"));
        app.documents().moveToTrash(id);
        app.documents().restoreFromTrash(id);

        List<HistoryService.Change> changes = app.history().of("document", id);
        assertThat(changes).extracting(HistoryService.Change::action).containsExactly(
                AuditLog.Action.RESTORE, AuditLog.Action.DELETE, AuditLog.Action.UPDATE, AuditLog.Action.CREATE);
        HistoryService.Change update = changes.get(2);
        assertThat(update.changedFields()).containsExactlyInAnyOrder(
                new HistoryService.FieldChange("summary", "Kế hoạch tuyên truyền cải cách hành chính số 7", "Kế hoạch đã sửa trích yếu"),
                new HistoryService.FieldChange("notes", "", "ghi chú mới"));
        assertThat(update.fields()).extracting(HistoryService.FieldChange::field)
                .contains("number.number", "number.symbol", "signer.name", "recipients.1.text");
        HistoryService.Change create = changes.get(3);
        assertThat(create.fields()).allMatch(f -> f.before().isEmpty()).anyMatch(f -> f.field().equals("summary"));
        assertThat(changes.get(1).fields()).allMatch(f -> f.after().isEmpty());
        assertThat(app.history().of("document", 999)).isEmpty();
    }

    @Test
    void theTrashListsDeletedDocumentsTasksAndActivitiesAndRestoresThem() {
        long documentId = Records.plan(3, 2).register(app);
        List<Task> tasks = app.tasks().ofDocument(documentId);
        long otherDocument = Records.plan(4, 1).register(app);
        long activityId = trashedActivity();
        app.tasks().moveToTrash(tasks.get(0).id());
        app.documents().moveToTrash(otherDocument);

        List<TrashItem> items = app.trash().list();
        assertThat(items).extracting(TrashItem::entity).containsExactlyInAnyOrder("document", "task", "activity");
        TrashItem task = items.stream().filter(i -> i.entity().equals("task")).findFirst().orElseThrow();
        assertThat(task.title()).startsWith("Nhiệm vụ 1 của kế hoạch 3");
        assertThat(task.detail()).isEqualTo("3/KH-UBND");
        TrashItem document = items.stream().filter(i -> i.entity().equals("document")).findFirst().orElseThrow();
        assertThat(document.title()).isEqualTo("4/KH-UBND · Kế hoạch tuyên truyền cải cách hành chính số 4");
        assertThat(document.folded()).contains("ke hoach tuyen truyen");
        TrashItem activity = items.stream().filter(i -> i.entity().equals("activity")).findFirst().orElseThrow();
        assertThat(activity.detail()).startsWith("15/05/2026 · ");

        items.forEach(app.trash()::restore);
        assertThat(app.trash().list()).isEmpty();
        assertThat(app.tasks().ofDocument(documentId)).hasSize(2);
        assertThat(app.documents().find(otherDocument)).isPresent();
        assertThat(app.history().of("activity", activityId)).extracting(HistoryService.Change::action)
                .containsExactly(AuditLog.Action.RESTORE);
    }

    /** Activities have no service on this branch yet: one row written as the activity screen will. */
    private long trashedActivity() {
        var dsl = app.database().dsl();
        return dsl.transactionResult(() -> dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.ACTIVITY_DATE, LocalDate.of(2026, 5, 15))
                .set(ACTIVITY.UNIT_ID, dsl.select(UNIT.ID).from(UNIT).limit(1).fetchOne(UNIT.ID))
                .set(ACTIVITY.FORM_ID, dsl.select(PUBLICITY_FORM.ID).from(PUBLICITY_FORM).limit(1).fetchOne(PUBLICITY_FORM.ID))
                .set(ACTIVITY.TITLE, "Phát thanh chuyên mục cải cách hành chính")
                .set(ACTIVITY.DELETED_AT, LocalDateTime.of(2026, 5, 19, 8, 0))
                .returning(ACTIVITY.ID).fetchOne().getId());
    }
}
