package vn.cchcdesk.store.report;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;
import static vn.cchcdesk.store.report.Windows.within;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import vn.cchcdesk.domain.report.ActivityLine;
import vn.cchcdesk.domain.report.ActivityLines;
import vn.cchcdesk.domain.report.DateRange;

/** Activities one by one: Biểu 5 read through a cursor, and the period's largest ones. */
final class ActivityQueries {

    /** Rows fetched from the database per round trip while streaming. */
    static final int FETCH_SIZE = 2000;

    private final DSLContext dsl;

    ActivityQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every activity of the span in date order, read lazily each time the lines are walked. */
    ActivityLines details(DateRange range) {
        return sink -> stream(range, sink);
    }

    /**
     * Without joins: units and forms are a few dozen rows, looked up in maps, so the database only
     * walks the activities of the span in date order.
     */
    private void stream(DateRange range, Consumer<ActivityLine> sink) {
        Map<Long, String> units = dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).fetchMap(UNIT.ID, UNIT.NAME);
        // form id → {name, measure unit}
        Map<Long, String[]> forms = new HashMap<>();
        dsl.select(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT).from(PUBLICITY_FORM)
                .forEach(f -> forms.put(f.value1(), new String[] {f.value2(), f.value3()}));
        try (var cursor = dsl.select(ACTIVITY.ACTIVITY_DATE, ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID, ACTIVITY.TITLE,
                        ACTIVITY.QUANTITY, ACTIVITY.DURATION_MINUTES, ACTIVITY.PARTICIPANTS, ACTIVITY.LINK, ACTIVITY.NOTES)
                .from(ACTIVITY).where(live(range)).orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.ID)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            // the typed accessors by position: a lookup by field for each of 100,000 rows × 9 columns showed in profiles
            for (var r : cursor) {
                String[] form = forms.get(r.value3());
                sink.accept(new ActivityLine(r.value1(), units.get(r.value2()), form[0], r.value4(), r.value5(), form[1],
                        r.value6(), r.value7(), r.value8(), r.value9()));
            }
        }
    }

    /** The activities that reached the most people (then the largest quantities), for the written report. */
    List<ActivityLine> largest(DateRange range, int limit) {
        // ranked here while the span's index is walked: H2 sorts the whole span (on disk, past
        // 40,000 rows) before it applies a LIMIT; the few rows kept are read afterwards
        Comparator<Ranked> best = Comparator.comparingLong(Ranked::participants).reversed()
                .thenComparing(Comparator.comparingLong(Ranked::quantity).reversed())
                .thenComparing(Ranked::date).thenComparingLong(Ranked::id);
        PriorityQueue<Ranked> kept = new PriorityQueue<>(best.reversed());
        try (Cursor<? extends Record> cursor = dsl.select(ACTIVITY.ID, ACTIVITY.ACTIVITY_DATE, ACTIVITY.QUANTITY, ACTIVITY.PARTICIPANTS)
                .from(ACTIVITY).where(live(range)).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record r : cursor) {
                Integer participants = r.get(ACTIVITY.PARTICIPANTS);
                // NULLS LAST: an unknown number of people ranks below every known one
                kept.add(new Ranked(r.get(ACTIVITY.ID), participants == null ? -1 : participants, r.get(ACTIVITY.QUANTITY),
                        r.get(ACTIVITY.ACTIVITY_DATE)));
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }
        List<Long> ids = kept.stream().sorted(best).map(Ranked::id).toList();
        Map<Long, ActivityLine> lines = new HashMap<>();
        select().where(ACTIVITY.ID.in(ids)).forEach(r -> lines.put(r.get(ACTIVITY.ID), line(r)));
        return ids.stream().map(lines::get).toList();
    }

    private record Ranked(long id, long participants, long quantity, LocalDate date) {
    }

    private SelectOnConditionStep<? extends Record> select() {
        return dsl.select(ACTIVITY.ID, ACTIVITY.ACTIVITY_DATE, UNIT.NAME, PUBLICITY_FORM.NAME, ACTIVITY.TITLE, ACTIVITY.QUANTITY,
                        PUBLICITY_FORM.MEASURE_UNIT, ACTIVITY.DURATION_MINUTES, ACTIVITY.PARTICIPANTS, ACTIVITY.LINK, ACTIVITY.NOTES)
                .from(ACTIVITY)
                .join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID));
    }

    private static Condition live(DateRange range) {
        return ACTIVITY.DELETED_AT.isNull().and(within(ACTIVITY.ACTIVITY_DATE, range));
    }

    private static ActivityLine line(Record r) {
        return new ActivityLine(r.get(ACTIVITY.ACTIVITY_DATE), r.get(UNIT.NAME), r.get(PUBLICITY_FORM.NAME), r.get(ACTIVITY.TITLE),
                r.get(ACTIVITY.QUANTITY), r.get(PUBLICITY_FORM.MEASURE_UNIT), r.get(ACTIVITY.DURATION_MINUTES),
                r.get(ACTIVITY.PARTICIPANTS), r.get(ACTIVITY.LINK), r.get(ACTIVITY.NOTES));
    }
}
