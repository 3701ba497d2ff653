package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.catalog.FormGroup;

/**
 * How activities meet SQL: an {@link ActivityFilter} as a condition on the activity table, and
 * rows read back as domain records. The repository and the list's loader read the same ones, so
 * a filter means the same in a query as in the in-memory index.
 */
final class ActivityRecords {

    private ActivityRecords() {
    }

    static Condition condition(ActivityFilter f) {
        Condition c = f.trash() ? ACTIVITY.DELETED_AT.isNotNull() : ACTIVITY.DELETED_AT.isNull();
        if (f.from() != null) {
            c = c.and(ACTIVITY.ACTIVITY_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(ACTIVITY.ACTIVITY_DATE.le(f.to()));
        }
        if (!f.unitIds().isEmpty()) {
            c = c.and(ACTIVITY.UNIT_ID.in(f.unitIds()));
        }
        if (!f.formIds().isEmpty()) {
            c = c.and(ACTIVITY.FORM_ID.in(f.formIds()));
        }
        if (f.group() != null) {
            c = c.and(ACTIVITY.FORM_ID.in(DSL.select(PUBLICITY_FORM.ID).from(PUBLICITY_FORM)
                    .where(PUBLICITY_FORM.FORM_GROUP.eq(f.group().name()))));
        }
        for (String word : f.words()) {
            // contains() escapes % and _ in the word
            c = c.and(ACTIVITY.SEARCH_FOLDED.contains(word));
        }
        return c;
    }

    static Activity toActivity(Record r) {
        return new Activity(r.get(ACTIVITY.ID), r.get(ACTIVITY.ACTIVITY_DATE), r.get(ACTIVITY.UNIT_ID),
                r.get(ACTIVITY.FORM_ID), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.QUANTITY), r.get(ACTIVITY.DURATION_MINUTES),
                r.get(ACTIVITY.PARTICIPANTS), r.get(ACTIVITY.LINK), r.get(ACTIVITY.TASK_ID), r.get(ACTIVITY.DOCUMENT_ID),
                r.get(ACTIVITY.PLAN_TARGET_ID), r.get(ACTIVITY.COST_VND), r.get(ACTIVITY.NOTES));
    }

    static ActivityRow toRow(Record r) {
        return new ActivityRow(toActivity(r), r.get(UNIT.NAME), r.get(PUBLICITY_FORM.NAME),
                r.get(PUBLICITY_FORM.MEASURE_UNIT), FormGroup.valueOf(r.get(PUBLICITY_FORM.FORM_GROUP)));
    }
}
