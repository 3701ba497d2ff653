package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivitySort;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * The filtered, ordered list and its totals, computed from the {@link ActivityIndex} with the same
 * meaning as {@link ActivityRecords#condition} and {@link ActivityRepository#totals}: the
 * catalogues (a dozen forms, a few dozen units) are read each time, the rows never.
 */
final class IndexedList {

    private final DSLContext dsl;
    private final ActivityIndex index;

    IndexedList(DSLContext dsl, ActivityIndex index) {
        this.dsl = dsl;
        this.index = index;
    }

    /** The ids in order and the totals by form of the filtered activities. */
    record Result(long[] ids, List<FormTotal> totals) {
    }

    Result open(ActivityFilter filter, ActivitySort sort) {
        Matched m = matched(filter);
        return new Result(order(m.snapshot(), m.positions(), sort), totals(m.snapshot(), m.positions(), m.forms()));
    }

    /** The ids of the filtered activities newest first, from {@code offset} (at most {@code limit}): {@code ActivityService.search}. */
    long[] newestFirst(ActivityFilter filter, int offset, int limit) {
        Matched m = matched(filter);
        int from = Math.min(m.positions().length, Math.max(0, offset));
        int to = (int) Math.min(m.positions().length, (long) from + Math.max(0, limit));
        long[] ids = new long[to - from];
        for (int i = from; i < to; i++) {
            ids[i - from] = m.snapshot().ids[m.positions()[i]];
        }
        return ids;
    }

    /** How many activities the filter admits: {@code ActivityService.count}. */
    int count(ActivityFilter filter) {
        return matched(filter).positions().length;
    }

    /** The filtered activities added up by form, forms in catalogue order. */
    List<FormTotal> totals(ActivityFilter filter) {
        Matched m = matched(filter);
        return totals(m.snapshot(), m.positions(), m.forms());
    }

    /** The positions matching a filter in one snapshot, with the catalogue of forms they were matched against. */
    private record Matched(ActivityIndex.Snapshot snapshot, ActivityFilter filter, List<Record> forms, int[] positions) {
    }

    /** The last answer, kept: a page is usually followed by its count (or the count by the page). */
    private volatile Matched last;

    private Matched matched(ActivityFilter filter) {
        ActivityIndex.Snapshot s = index.current();
        List<Record> forms = dsl.select(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME, PUBLICITY_FORM.MEASURE_UNIT,
                PUBLICITY_FORM.FORM_GROUP, PUBLICITY_FORM.SORT_ORDER).from(PUBLICITY_FORM)
                .orderBy(PUBLICITY_FORM.SORT_ORDER, PUBLICITY_FORM.ID).fetch().stream().map(r -> (Record) r).toList();
        Matched kept = last;
        if (kept != null && kept.snapshot() == s && kept.filter().equals(filter) && kept.forms().equals(forms)) {
            return kept;
        }
        Map<Long, FormGroup> groups = new HashMap<>();
        forms.forEach(f -> groups.put(f.get(PUBLICITY_FORM.ID), FormGroup.valueOf(f.get(PUBLICITY_FORM.FORM_GROUP))));
        Matched m = new Matched(s, filter, forms, match(s, filter, groups,
                filter.words().isEmpty() ? null : index.matchingAll(s, filter.words())));
        last = m;
        return m;
    }

    /** Positions of the matching rows, newest first; {@code texts} those holding the words (null: look at each text). */
    private static int[] match(ActivityIndex.Snapshot s, ActivityFilter f, Map<Long, FormGroup> groups, BitSet texts) {
        if (texts != null && texts.isEmpty()) {
            return new int[0];
        }
        int from = f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay();
        int to = f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay();
        String[] words = texts != null || f.words().isEmpty() ? new String[0] : f.words().toArray(String[]::new);
        int[] candidates = s.newestFirst;
        if (texts != null && texts.cardinality() < s.size() / 8) {
            // few rows hold the words: put those in newest-first order instead of walking all
            int[] ranks = new int[texts.cardinality()];
            int k = 0;
            for (int p = texts.nextSetBit(0); p >= 0 && p < s.size(); p = texts.nextSetBit(p + 1)) {
                ranks[k++] = s.newestRank[p];
            }
            Arrays.sort(ranks, 0, k);
            candidates = new int[k];
            for (int i = 0; i < k; i++) {
                candidates[i] = s.newestFirst[ranks[i]];
            }
        }
        int[] found = new int[candidates.length];
        int n = 0;
        for (int position : candidates) {
            if (s.live[position] == f.trash() || s.days[position] < from || s.days[position] > to) {
                continue;
            }
            if (!f.unitIds().isEmpty() && !f.unitIds().contains(s.units[position])) {
                continue;
            }
            if (!f.formIds().isEmpty() && !f.formIds().contains(s.forms[position])) {
                continue;
            }
            if (f.group() != null && groups.get(s.forms[position]) != f.group()) {
                continue;
            }
            if (texts == null ? containsAll(s.texts[position], words) : texts.get(position)) {
                found[n++] = position;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ids in the chosen order, ties newest first: each row's key and its newest-first rank
     * packed in one long, so one primitive sort does it.
     */
    private long[] order(ActivityIndex.Snapshot s, int[] positions, ActivitySort sort) {
        int n = positions.length;
        long[] ids = new long[n];
        if (sort.column() == ActivitySort.Column.DATE) {
            for (int i = 0; i < n; i++) {
                ids[i] = s.ids[positions[sort.descending() ? i : n - 1 - i]];
            }
            return ids;
        }
        int[] keys = keys(s, sort.column());
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            int p = positions[i];
            int key = keys[p];
            // missing figures last whichever the direction
            long k = key == ActivityIndex.NONE ? Integer.MAX_VALUE : sort.descending() ? -(long) key : key;
            packed[i] = (k << 32) | s.newestRank[p];
        }
        Arrays.sort(packed);
        for (int i = 0; i < n; i++) {
            ids[i] = s.ids[s.newestFirst[(int) (packed[i] & 0xffffffffL)]];
        }
        return ids;
    }

    private int[] keys(ActivityIndex.Snapshot s, ActivitySort.Column column) {
        return switch (column) {
            case QUANTITY -> s.quantities;
            case DURATION -> s.durations;
            case PARTICIPANTS -> s.participants;
            case UNIT -> ranksOf(s.units, names(dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).fetchMap(UNIT.ID, UNIT.NAME)));
            case FORM -> ranksOf(s.forms, names(dsl.select(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME).from(PUBLICITY_FORM)
                    .fetchMap(PUBLICITY_FORM.ID, PUBLICITY_FORM.NAME)));
            default -> titleRanks(s);
        };
    }

    /** Each catalogue id's place when the names are put in Vietnamese order. */
    private static Map<Long, Integer> names(Map<Long, String> byId) {
        Collator collator = VietnameseText.collator();
        List<Map.Entry<Long, String>> entries = new ArrayList<>(byId.entrySet());
        entries.sort((a, b) -> collator.compare(a.getValue(), b.getValue()));
        Map<Long, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            rank.put(entries.get(i).getKey(), i);
        }
        return rank;
    }

    private static int[] ranksOf(long[] ids, Map<Long, Integer> rank) {
        int[] ranks = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ranks[i] = rank.getOrDefault(ids[i], Integer.MAX_VALUE - 1);
        }
        return ranks;
    }

    /**
     * Titles ranked in Vietnamese order, once per snapshot: the distinct titles sorted with the
     * collator (a log repeats titles), then each row given its title's rank.
     */
    private int[] titleRanks(ActivityIndex.Snapshot s) {
        int[] cached = s.titleRanks();
        if (cached != null) {
            return cached;
        }
        Map<Long, String> titles = new HashMap<>(s.size() * 2);
        dsl.select(ACTIVITY.ID, ACTIVITY.TITLE).from(ACTIVITY).fetch().forEach(r -> titles.put(r.value1(), r.value2()));
        TreeSet<String> distinct = new TreeSet<>(titles.values());
        List<String> ordered = new ArrayList<>(distinct);
        Collator collator = VietnameseText.collator();
        ordered.sort(collator::compare);
        Map<String, Integer> rank = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i), i);
        }
        int[] ranks = new int[s.size()];
        for (int i = 0; i < ranks.length; i++) {
            String title = titles.get(s.ids[i]);
            ranks[i] = title == null ? Integer.MAX_VALUE - 1 : rank.get(title);
        }
        s.titleRanks(ranks);
        return ranks;
    }

    /** The matching rows added up by form, forms in catalogue order (only those with rows). */
    private static List<FormTotal> totals(ActivityIndex.Snapshot s, int[] positions, List<Record> forms) {
        Map<Long, long[]> sums = new HashMap<>();
        for (int p : positions) {
            long[] sum = sums.computeIfAbsent(s.forms[p], k -> new long[4]);
            sum[0]++;
            sum[1] += s.quantities[p];
            sum[2] += s.participants[p] == ActivityIndex.NONE ? 0 : s.participants[p];
            sum[3] += s.durations[p] == ActivityIndex.NONE ? 0 : s.durations[p];
        }
        List<FormTotal> totals = new ArrayList<>();
        for (Record f : forms) {
            long[] sum = sums.get(f.get(PUBLICITY_FORM.ID));
            if (sum != null) {
                totals.add(new FormTotal(f.get(PUBLICITY_FORM.ID), f.get(PUBLICITY_FORM.NAME), f.get(PUBLICITY_FORM.MEASURE_UNIT),
                        FormGroup.valueOf(f.get(PUBLICITY_FORM.FORM_GROUP)), sum[0], sum[1], sum[2], sum[3]));
            }
        }
        return totals;
    }
}
