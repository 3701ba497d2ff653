package vn.cchcdesk.store.trash;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.store.task.TaskService;

/**
 * Thùng rác: the documents, tasks and activities moved to the trash (deleted_at set), newest
 * first, and restoring them through their own services (each restore one transaction with its
 * audit line).
 */
public final class TrashService {

    public static final String DOCUMENT_ENTITY = "document";
    public static final String TASK_ENTITY = "task";
    public static final String ACTIVITY_ENTITY = "activity";

    private final DSLContext dsl;
    private final DocumentService documents;
    private final TaskService tasks;
    private final ActivityService activities;

    public TrashService(DSLContext dsl, DocumentService documents, TaskService tasks, ActivityService activities) {
        this.dsl = dsl;
        this.documents = documents;
        this.tasks = tasks;
        this.activities = activities;
    }

    /** One record in the trash: its kind (the audit entity), what it is, and when it was deleted. */
    public record TrashItem(String entity, long id, String title, String detail, LocalDateTime deletedAt) {
        /** For search as you type: accent-folded title and detail. */
        public String folded() {
            return VietnameseText.fold(title + " " + detail);
        }
    }

    public List<TrashItem> list() {
        List<TrashItem> items = new ArrayList<>();
        dsl.select(DOCUMENT.ID, DOCUMENT.NUMBER_TEXT, DOCUMENT.SYMBOL, DOCUMENT.SUMMARY, DOCUMENT.ISSUER_TEXT, DOCUMENT.DELETED_AT)
                .from(DOCUMENT).where(DOCUMENT.DELETED_AT.isNotNull())
                .forEach(r -> items.add(new TrashItem(DOCUMENT_ENTITY, r.value1(), number(r.value2(), r.value3()) + r.value4(),
                        nullToEmpty(r.value5()), r.value6())));
        Map<Long, String> documentNumbers = dsl.select(DOCUMENT.ID, DOCUMENT.NUMBER_TEXT, DOCUMENT.SYMBOL).from(DOCUMENT)
                .where(DOCUMENT.ID.in(dsl.select(TASK.DOCUMENT_ID).from(TASK).where(TASK.DELETED_AT.isNotNull())))
                .fetchMap(r -> r.value1(), r -> number(r.value2(), r.value3()).replace(" · ", ""));
        dsl.select(TASK.ID, TASK.TEXT, TASK.DOCUMENT_ID, TASK.DELETED_AT).from(TASK).where(TASK.DELETED_AT.isNotNull())
                .forEach(r -> items.add(new TrashItem(TASK_ENTITY, r.value1(), shorten(r.value2()),
                        documentNumbers.getOrDefault(r.value3(), ""), r.value4())));
        dsl.select(ACTIVITY.ID, ACTIVITY.TITLE, ACTIVITY.ACTIVITY_DATE, UNIT.NAME, ACTIVITY.DELETED_AT)
                .from(ACTIVITY).join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID)).where(ACTIVITY.DELETED_AT.isNotNull())
                .forEach(r -> items.add(new TrashItem(ACTIVITY_ENTITY, r.value1(), shorten(r.value2()),
                        Formats.date(r.value3()) + " · " + r.value4(), r.value5())));
        items.sort(Comparator.comparing(TrashItem::deletedAt).reversed().thenComparing(TrashItem::id));
        return items;
    }

    public void restore(TrashItem item) {
        switch (item.entity()) {
            case DOCUMENT_ENTITY -> documents.restoreFromTrash(item.id());
            case TASK_ENTITY -> tasks.restoreFromTrash(item.id());
            case ACTIVITY_ENTITY -> activities.restore(List.of(item.id()));
            default -> throw new IllegalArgumentException("Not in the trash: " + item.entity());
        }
    }

    private static String number(String number, String symbol) {
        if (number == null && symbol == null) {
            return "";
        }
        return (number == null ? "" : number) + (symbol == null ? "" : "/" + symbol) + " · ";
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
