package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.store.jooq.tables.records.ActivityRecord;
import vn.cchcdesk.store.search.SearchText;

/**
 * Publicity activities. Writes only inside a service transaction; deleted activities stay in the
 * table with deleted_at set (the trash) and only the filters that ask for the trash see them.
 */
public final class ActivityRepository {

    /** Rows per JDBC batch of a bulk insert. */
    static final int INSERT_BATCH = 1000;
    /** Ids per IN list when many rows are touched at once. */
    private static final int ID_CHUNK = 1000;

    private static final List<Field<?>> INSERT_FIELDS = List.of(ACTIVITY.ACTIVITY_DATE, ACTIVITY.UNIT_ID,
            ACTIVITY.FORM_ID, ACTIVITY.TITLE, ACTIVITY.QUANTITY, ACTIVITY.DURATION_MINUTES, ACTIVITY.PARTICIPANTS,
            ACTIVITY.LINK, ACTIVITY.TASK_ID, ACTIVITY.DOCUMENT_ID, ACTIVITY.PLAN_TARGET_ID, ACTIVITY.COST_VND,
            ACTIVITY.NOTES, ACTIVITY.SEARCH_FOLDED, ACTIVITY.IMPORT_BATCH_ID, ACTIVITY.IMPORT_ROW_KEY,
            ACTIVITY.CREATED_AT, ACTIVITY.UPDATED_AT);

    private final DSLContext dsl;

    public ActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Activity activity, LocalDateTime now) {
        return insertAll(List.of(activity), now, null, null).get(0);
    }

    /**
     * Inserts many activities in JDBC batches of {@value #INSERT_BATCH} rows (one statement
     * prepared once: the cheapest way into H2) and returns their ids in the order given.
     *
     * @param importBatchId the import they come from, or null
     * @param rowKeys       each row's import identity (same size as activities), or null
     */
    public List<Long> insertAll(List<Activity> activities, LocalDateTime now, Long importBatchId, List<String> rowKeys) {
        if (rowKeys != null && rowKeys.size() != activities.size()) {
            throw new IllegalArgumentException("One row key per activity: " + rowKeys.size() + " for " + activities.size());
        }
        if (activities.isEmpty()) {
            return List.of();
        }
        SearchNames names = SearchNames.load(dsl);
        String sql = dsl.render(dsl.insertInto(ACTIVITY).columns(INSERT_FIELDS)
                .values(INSERT_FIELDS.stream().map(f -> (Object) null).toList()));
        List<Long> ids = new ArrayList<>(activities.size());
        // the connection of the service's transaction: jOOQ hands out the thread's one
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {ACTIVITY.ID.getName()})) {
                for (int i = 0; i < activities.size(); i++) {
                    Activity a = activities.get(i);
                    Object[] values = {a.date(), a.unitId(), a.formId(), a.title(), a.quantity(), a.durationMinutes(),
                        a.participants(), a.link(), a.taskId(), a.documentId(), a.planTargetId(), a.costVnd(), a.notes(),
                        names.searchText(a), importBatchId, rowKeys == null ? null : rowKeys.get(i), now, now};
                    for (int v = 0; v < values.length; v++) {
                        statement.setObject(v + 1, values[v]);
                    }
                    statement.addBatch();
                    if ((i + 1) % INSERT_BATCH == 0 || i == activities.size() - 1) {
                        statement.executeBatch();
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            while (keys.next()) {
                                ids.add(keys.getLong(1));
                            }
                        }
                    }
                }
            }
        });
        if (ids.size() != activities.size()) {
            throw new IllegalStateException("Inserted " + activities.size() + " activities, got " + ids.size() + " ids");
        }
        return ids;
    }

    public void update(Activity a, LocalDateTime now) {
        ActivityRecord r = dsl.fetchSingle(ACTIVITY, ACTIVITY.ID.eq(a.id()));
        r.setActivityDate(a.date());
        r.setUnitId(a.unitId());
        r.setFormId(a.formId());
        r.setTitle(a.title());
        r.setQuantity(a.quantity());
        r.setDurationMinutes(a.durationMinutes());
        r.setParticipants(a.participants());
        r.setLink(a.link());
        r.setTaskId(a.taskId());
        r.setDocumentId(a.documentId());
        r.setPlanTargetId(a.planTargetId());
        r.setCostVnd(a.costVnd());
        r.setNotes(a.notes());
        r.setSearchFolded(SearchNames.load(dsl).searchText(a));
        r.setUpdatedAt(now);
        r.store();
    }

    /** A live activity (not in the trash). */
    public Optional<Activity> findById(long id) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id).and(ACTIVITY.DELETED_AT.isNull()))
                .fetchOptional(ActivityRecords::toActivity);
    }

    /** Activities with these ids, live or in the trash, in id order. */
    public List<Activity> findAll(Collection<Long> ids) {
        List<Activity> found = new ArrayList<>(ids.size());
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.in(chunk)).orderBy(ACTIVITY.ID)
                    .fetch(ActivityRecords::toActivity));
        }
        return found;
    }

    /** Which of these ids are live activities. */
    public Set<Long> liveIds(Collection<Long> ids) {
        return knownIds(ids, ACTIVITY, ACTIVITY.ID, ACTIVITY.DELETED_AT.isNull());
    }

    /** Which of these ids are in the trash. */
    public Set<Long> trashedIds(Collection<Long> ids) {
        return knownIds(ids, ACTIVITY, ACTIVITY.ID, ACTIVITY.DELETED_AT.isNotNull());
    }

    /** Which of these ids exist in a table (units, forms, tasks, documents, plan targets). */
    public Set<Long> knownIds(Collection<Long> ids, Table<?> table, Field<Long> idField, Condition condition) {
        Set<Long> known = new HashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            known.addAll(dsl.select(idField).from(table).where(idField.in(chunk)).and(condition).fetch(idField));
        }
        return known;
    }

    /** The filtered activities, newest first, a page at a time. */
    public List<ActivityRow> search(ActivityFilter filter, int offset, int limit) {
        return dsl.select(ACTIVITY.fields()).select(UNIT.NAME, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT,
                        PUBLICITY_FORM.FORM_GROUP)
                .from(ACTIVITY)
                .join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ActivityRecords.condition(filter))
                .orderBy(ACTIVITY.ACTIVITY_DATE.desc(), ACTIVITY.ID.desc())
                .offset(offset).limit(limit)
                .fetch(ActivityRecords::toRow);
    }

    /**
     * The rows with these ids that the filter's conditions other than its words still admit, in the
     * order given: a page of the in-memory index's answer, read again under the filter in case the
     * table moved on since.
     */
    public List<ActivityRow> rows(long[] ids, ActivityFilter filter) {
        ActivityFilter others = new ActivityFilter(filter.from(), filter.to(), filter.unitIds(), filter.formIds(),
                filter.group(), List.of(), filter.trash());
        List<Field<Long>> wanted = new ArrayList<>(ids.length);
        for (long id : ids) {
            wanted.add(DSL.inline(id));
        }
        Map<Long, ActivityRow> byId = new HashMap<>(ids.length * 2);
        dsl.select(ACTIVITY.fields()).select(UNIT.NAME, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT,
                        PUBLICITY_FORM.FORM_GROUP)
                .from(ACTIVITY)
                .join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ACTIVITY.ID.in(wanted)).and(ActivityRecords.condition(others))
                .fetch()
                .forEach(r -> byId.put(r.get(ACTIVITY.ID), ActivityRecords.toRow(r)));
        List<ActivityRow> rows = new ArrayList<>(byId.size());
        for (long id : ids) {
            ActivityRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    public int count(ActivityFilter filter) {
        return dsl.fetchCount(ACTIVITY, ActivityRecords.condition(filter));
    }

    /** The filtered activities added up by form, in the catalogue's order of forms. */
    public List<FormTotal> totals(ActivityFilter filter) {
        var count = DSL.count();
        var quantity = DSL.coalesce(DSL.sum(ACTIVITY.QUANTITY), 0).cast(Long.class);
        var participants = DSL.coalesce(DSL.sum(ACTIVITY.PARTICIPANTS), 0).cast(Long.class);
        var duration = DSL.coalesce(DSL.sum(ACTIVITY.DURATION_MINUTES), 0).cast(Long.class);
        return dsl.select(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT, PUBLICITY_FORM.FORM_GROUP,
                        PUBLICITY_FORM.SORT_ORDER, count, quantity, participants, duration)
                .from(ACTIVITY)
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ActivityRecords.condition(filter))
                .groupBy(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT, PUBLICITY_FORM.FORM_GROUP,
                        PUBLICITY_FORM.SORT_ORDER)
                .orderBy(PUBLICITY_FORM.SORT_ORDER, PUBLICITY_FORM.ID)
                .fetch(r -> new FormTotal(r.get(PUBLICITY_FORM.ID), r.get(PUBLICITY_FORM.NAME),
                        r.get(PUBLICITY_FORM.MEASURE_UNIT), FormGroup.valueOf(r.get(PUBLICITY_FORM.FORM_GROUP)),
                        r.get(count), r.get(quantity), r.get(participants), r.get(duration)));
    }

    /** Puts live activities in the trash; returns how many were moved. */
    public int moveToTrash(Collection<Long> ids, LocalDateTime now) {
        int moved = 0;
        for (List<Long> chunk : chunks(ids)) {
            moved += dsl.update(ACTIVITY).set(ACTIVITY.DELETED_AT, now)
                    .where(ACTIVITY.ID.in(chunk)).and(ACTIVITY.DELETED_AT.isNull()).execute();
        }
        return moved;
    }

    /** Takes activities out of the trash; returns how many were restored. */
    public int restoreFromTrash(Collection<Long> ids, LocalDateTime now) {
        int restored = 0;
        for (List<Long> chunk : chunks(ids)) {
            restored += dsl.update(ACTIVITY).set(ACTIVITY.DELETED_AT, (LocalDateTime) null).set(ACTIVITY.UPDATED_AT, now)
                    .where(ACTIVITY.ID.in(chunk)).and(ACTIVITY.DELETED_AT.isNotNull()).execute();
        }
        return restored;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(new HashSet<>(ids)).stream().sorted().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += ID_CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + ID_CHUNK)));
        }
        return chunks;
    }

    /** The unit and form names that go into an activity's search text, read once per write. */
    private record SearchNames(Map<Long, String> units, Map<Long, String> forms) {

        static SearchNames load(DSLContext dsl) {
            return new SearchNames(dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).fetchMap(UNIT.ID, UNIT.NAME),
                    dsl.select(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME).from(PUBLICITY_FORM)
                            .fetchMap(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME));
        }

        String searchText(Activity a) {
            return SearchText.activity(a.title(), a.notes(), units.get(a.unitId()), forms.get(a.formId()));
        }
    }
}
