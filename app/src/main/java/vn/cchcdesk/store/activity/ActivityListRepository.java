package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.TASK;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.jooq.tables.Document;
import vn.cchcdesk.store.jooq.tables.Task;

/**
 * The activity list's rows as the screen pages through it (one page by id, with what each is
 * linked to), the title suggestions and the website's monthly articles. Read-only; the order of
 * the whole list comes from {@link IndexedList}.
 */
public final class ActivityListRepository {

    private static final Task LINKED_TASK = TASK.as("linked_task");
    private static final Document LINKED_DOCUMENT = DOCUMENT.as("linked_document");
    private static final int TASK_TEXT_SHOWN = 80;

    private final DSLContext dsl;

    public ActivityListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The lines with these ids, in the order given (ids no longer there are left out). */
    public List<ActivityLine> lines(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Long> wanted = Arrays.stream(ids).boxed().toList();
        Field<Integer> files = DSL.field(DSL.selectCount().from(ACTIVITY_ATTACHMENT)
                .where(ACTIVITY_ATTACHMENT.ACTIVITY_ID.eq(ACTIVITY.ID))).as("file_count");
        var targetForm = PUBLICITY_FORM.as("target_form");
        Map<Long, ActivityLine> byId = new HashMap<>(ids.length * 2);
        dsl.select(ACTIVITY.fields()).select(UNIT.NAME, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT,
                        PUBLICITY_FORM.FORM_GROUP, files, LINKED_TASK.TEXT, LINKED_DOCUMENT.DOC_TYPE,
                        LINKED_DOCUMENT.NUMBER_TEXT, LINKED_DOCUMENT.SYMBOL, PLAN_TARGET.TARGET_YEAR, targetForm.NAME)
                .from(ACTIVITY)
                .join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .leftJoin(LINKED_TASK).on(LINKED_TASK.ID.eq(ACTIVITY.TASK_ID))
                .leftJoin(PLAN_TARGET).on(PLAN_TARGET.ID.eq(ACTIVITY.PLAN_TARGET_ID))
                .leftJoin(targetForm).on(targetForm.ID.eq(PLAN_TARGET.FORM_ID))
                .leftJoin(LINKED_DOCUMENT).on(LINKED_DOCUMENT.ID.eq(DSL.coalesce(ACTIVITY.DOCUMENT_ID,
                        LINKED_TASK.DOCUMENT_ID, PLAN_TARGET.PLAN_DOCUMENT_ID)))
                .where(ACTIVITY.ID.in(wanted))
                .fetch()
                .forEach(r -> byId.put(r.get(ACTIVITY.ID), new ActivityLine(ActivityRecords.toRow(r),
                        linkedTo(r, targetForm.NAME), r.get(files))));
        List<ActivityLine> lines = new ArrayList<>(ids.length);
        for (long id : ids) {
            ActivityLine line = byId.get(id);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String linkedTo(Record r, Field<String> targetFormName) {
        String document = LinkTexts.document(r.get(LINKED_DOCUMENT.DOC_TYPE), r.get(LINKED_DOCUMENT.NUMBER_TEXT),
                r.get(LINKED_DOCUMENT.SYMBOL));
        String taskText = r.get(LINKED_TASK.TEXT);
        if (taskText != null) {
            return Messages.get("activities.link.taskShort", LinkTexts.shorten(taskText, TASK_TEXT_SHOWN), document);
        }
        if (r.get(PLAN_TARGET.TARGET_YEAR) != null) {
            return Messages.get("activities.link.targetShort", r.get(targetFormName), r.get(PLAN_TARGET.TARGET_YEAR), document);
        }
        return document.isEmpty() ? null : document;
    }

    /**
     * Titles logged before that contain every word typed, most recent first: the entry form's
     * suggestions. Fetches a few more than asked because the search text also holds the unit and form.
     */
    public List<String> titles(String typed, int limit) {
        List<String> words = ActivityFilter.all().search(typed).words();
        if (words.isEmpty()) {
            return List.of();
        }
        Condition c = ACTIVITY.DELETED_AT.isNull();
        for (String word : words) {
            c = c.and(ACTIVITY.SEARCH_FOLDED.contains(word));
        }
        var latest = DSL.max(ACTIVITY.ACTIVITY_DATE);
        List<String> found = dsl.select(ACTIVITY.TITLE, latest).from(ACTIVITY).where(c)
                .groupBy(ACTIVITY.TITLE).orderBy(latest.desc()).limit(limit * 4).fetch(ACTIVITY.TITLE);
        List<String> titles = new ArrayList<>();
        for (String title : found) {
            String folded = VietnameseText.fold(title);
            if (words.stream().allMatch(folded::contains) && titles.size() < limit) {
                titles.add(title);
            }
        }
        return titles;
    }

    /** Website articles logged per calendar month of a year (the form with code WEBSITE), months 1–12. */
    public long[] websiteArticles(int year) {
        long[] perMonth = new long[13];
        var month = DSL.month(ACTIVITY.ACTIVITY_DATE);
        var sum = DSL.sum(ACTIVITY.QUANTITY);
        dsl.select(month, sum).from(ACTIVITY)
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ACTIVITY.DELETED_AT.isNull())
                .and(PUBLICITY_FORM.CODE.eq("WEBSITE"))
                .and(ACTIVITY.ACTIVITY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(month)
                .fetch()
                .forEach(r -> perMonth[r.get(month)] = r.get(sum).longValue());
        return perMonth;
    }
}
