package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityRow;
import vn.cchcdesk.store.search.AfterCommit;
import vn.cchcdesk.store.search.TokenIndex;

/**
 * The activities' search as the clerk types: H2 reads all 100,000 rows' texts for a word (0.5 s
 * to several seconds a keystroke, the count included), so a filter with words is answered here
 * from memory — the folded texts in a {@link TokenIndex}, beside each row's date, unit, form and
 * trash mark — and only the page shown is read from the database, by id. Filters without words
 * too: H2 sorted every row for the unfiltered first page (seconds on 100,000).
 *
 * <p>One per database ({@link #of}), built at the first search; {@link
 * ActivityRepository}'s writes report their rows here and are applied when their transaction
 * commits ({@link AfterCommit}). The page read still applies the filter's other conditions.
 */
public final class ActivityTextSearch {

    /** Pages longer than this are read by the repository's own query. */
    private static final int LARGEST_PAGE = 5_000;

    private final DSLContext dsl;
    private final Object buildLock = new Object();
    private final TokenIndex texts = new TokenIndex();
    private final Map<Long, Integer> ordinals = new HashMap<>();
    private long[] ids = new long[1024];
    private int[] days = new int[1024];
    private long[] units = new long[1024];
    private long[] forms = new long[1024];
    private final BitSet trashed = new BitSet();
    private volatile boolean built;
    private Set<Long> changedWhileBuilding;
    /** Rows newest first (date, then id, descending); null after a write until the next search. */
    private int[] newestFirst;
    private ActivityFilter lastFilter;
    private int[] lastFound;

    private ActivityTextSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The search of this database, shared by every repository and service on it. */
    static ActivityTextSearch of(DSLContext dsl) {
        Map<Object, Object> data = dsl.configuration().data();
        synchronized (data) {
            return (ActivityTextSearch) data.computeIfAbsent(ActivityTextSearch.class.getName(), k -> new ActivityTextSearch(dsl));
        }
    }

    /** A page of the matching activities, newest first, as {@link ActivityRepository#search}. */
    public List<ActivityRow> search(ActivityFilter filter, int offset, int limit) {
        int[] found = found(filter);
        int from = Math.min(found.length, Math.max(0, offset));
        int to = (int) Math.min(found.length, (long) from + Math.max(0, limit));
        if (from >= to) {
            return List.of();
        }
        if (to - from > LARGEST_PAGE) {
            // an export of thousands of rows: one ordered scan beats a list of ids that long
            return new ActivityRepository(dsl).search(filter, offset, limit);
        }
        List<Field<Long>> page = new ArrayList<>(to - from);
        synchronized (this) {
            for (int i = from; i < to; i++) {
                page.add(DSL.inline(ids[found[i]]));
            }
        }
        ActivityFilter others = new ActivityFilter(filter.from(), filter.to(), filter.unitIds(), filter.formIds(),
                filter.group(), List.of(), filter.trash());
        return dsl.select(ACTIVITY.fields()).select(UNIT.NAME, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT,
                        PUBLICITY_FORM.FORM_GROUP)
                .from(ACTIVITY)
                .join(UNIT).on(UNIT.ID.eq(ACTIVITY.UNIT_ID))
                .join(PUBLICITY_FORM).on(PUBLICITY_FORM.ID.eq(ACTIVITY.FORM_ID))
                .where(ACTIVITY.ID.in(page)).and(ActivityRepository.condition(others))
                .orderBy(ACTIVITY.ACTIVITY_DATE.desc(), ACTIVITY.ID.desc())
                .fetch(ActivityRepository::toRow);
    }

    /** How many activities match, as {@link ActivityRepository#count}. */
    public int count(ActivityFilter filter) {
        return found(filter).length;
    }

    /** New rows or changed ones, with their folded search texts (same order). */
    void written(List<Activity> activities, List<Long> rowIds, List<String> folded) {
        AfterCommit.run(() -> {
            synchronized (this) {
                for (int i = 0; i < activities.size(); i++) {
                    Activity a = activities.get(i);
                    put(rowIds.get(i), a.date(), a.unitId(), a.formId(), null, folded.get(i));
                }
            }
        });
    }

    /** Rows moved to the trash (true) or restored from it. */
    void trashed(Collection<Long> rowIds, boolean inTrash) {
        List<Long> copy = List.copyOf(rowIds);
        AfterCommit.run(() -> {
            synchronized (this) {
                for (Long id : copy) {
                    Integer row = ordinals.get(id);
                    if (row != null) {
                        trashed.set(row, inTrash);
                    }
                }
                lastFilter = null;
            }
        });
    }

    /** The matching rows newest first; the last answer is kept for the count that follows a page. */
    private int[] found(ActivityFilter filter) {
        build();
        Set<Long> groupForms = filter.group() == null ? null : new HashSet<>(dsl.select(PUBLICITY_FORM.ID)
                .from(PUBLICITY_FORM).where(PUBLICITY_FORM.FORM_GROUP.eq(filter.group().name())).fetch(PUBLICITY_FORM.ID));
        synchronized (this) {
            if (filter.equals(lastFilter) && groupForms == null) {
                return lastFound;
            }
            BitSet matching = texts.matchingAll(filter.words());
            int minDay = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
            int maxDay = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
            int[] order = newestFirst();
            int[] found = new int[matching.cardinality()];
            int n = 0;
            for (int row : order) {
                if (matching.get(row) && trashed.get(row) == filter.trash() && days[row] >= minDay && days[row] <= maxDay
                        && (filter.unitIds().isEmpty() || filter.unitIds().contains(units[row]))
                        && (filter.formIds().isEmpty() || filter.formIds().contains(forms[row]))
                        && (groupForms == null || groupForms.contains(forms[row]))) {
                    found[n++] = row;
                }
            }
            lastFilter = filter;
            lastFound = Arrays.copyOf(found, n);
            return lastFound;
        }
    }

    private int[] newestFirst() {
        if (newestFirst == null) {
            int count = ordinals.size();
            Integer[] rows = new Integer[count];
            for (int i = 0; i < count; i++) {
                rows[i] = i;
            }
            Arrays.sort(rows, (a, b) -> days[a] != days[b] ? Integer.compare(days[b], days[a]) : Long.compare(ids[b], ids[a]));
            newestFirst = Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
        }
        return newestFirst;
    }

    /** Reads the table once; rows committed meanwhile are newer than what it read and win. */
    private void build() {
        if (built) {
            return;
        }
        synchronized (buildLock) {
            if (built) {
                return;
            }
            synchronized (this) {
                changedWhileBuilding = new HashSet<>();
            }
            var rows = dsl.select(ACTIVITY.ID, ACTIVITY.ACTIVITY_DATE, ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID,
                    ACTIVITY.DELETED_AT.isNotNull(), ACTIVITY.SEARCH_FOLDED).from(ACTIVITY).fetch();
            synchronized (this) {
                Set<Long> changed = changedWhileBuilding;
                changedWhileBuilding = null;
                for (var r : rows) {
                    if (!changed.contains(r.value1())) {
                        put(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
                    }
                }
                built = true;
            }
        }
    }

    /** Caller holds the lock; inTrash null keeps the row's mark (a new row has none). */
    private void put(long id, LocalDate date, Long unit, Long form, Boolean inTrash, String folded) {
        Integer row = ordinals.get(id);
        if (row == null) {
            row = ordinals.size();
            ordinals.put(id, row);
            if (row == ids.length) {
                int size = row * 2;
                ids = Arrays.copyOf(ids, size);
                days = Arrays.copyOf(days, size);
                units = Arrays.copyOf(units, size);
                forms = Arrays.copyOf(forms, size);
            }
            ids[row] = id;
        }
        days[row] = date == null ? Integer.MIN_VALUE : (int) date.toEpochDay();
        units[row] = unit == null ? -1 : unit;
        forms[row] = form == null ? -1 : form;
        if (inTrash != null) {
            trashed.set(row, inTrash);
        }
        texts.set(row, folded);
        if (changedWhileBuilding != null) {
            changedWhileBuilding.add(id);
        }
        newestFirst = null;
        lastFilter = null;
    }
}
