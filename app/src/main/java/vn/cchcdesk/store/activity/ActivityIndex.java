package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.AUDIT_LOG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import vn.cchcdesk.store.search.TokenIndex;

/**
 * Every activity in memory, in columns (dates, units, forms, counts, the folded search text): the
 * list filters, searches, sorts and adds up 100,000 rows in a few milliseconds this way, where each
 * keystroke would cost H2 two full scans. The one in-memory copy of the activities: the screen's
 * list and {@code ActivityService.search}, {@code count} and {@code totals} all read it. Kept current cheaply: every change of an activity writes
 * its audit line in the same transaction, so before each use the index compares the table's row
 * count, highest id and the audit log's highest id (each answered without a scan) with what it
 * read, and reads back only the activities named by audit lines since (and any new id); a table
 * that shrank (the trash emptied) or an audit log that did (a transaction read from, then rolled
 * back) makes it read the table again whole. Thread-safe: each {@link Snapshot} is
 * immutable, a change makes a new one.
 */
final class ActivityIndex {

    /** Marks a missing duration or participant count (sorted last). */
    static final int NONE = Integer.MIN_VALUE;

    /** The entity name ActivityService writes in the audit log. */
    private static final String ENTITY = "activity";

    private final DSLContext dsl;
    private Snapshot snapshot;
    private Stamp stamp;
    /**
     * The words of the texts, by position, as of {@link #tokensOf}: built at the first search with
     * words, then brought up to date from the texts that changed (positions stay put between
     * snapshots read in part; a whole read drops it). A scan of 100,000 texts per keystroke costs
     * 25 ms, this under a few.
     */
    private TokenIndex tokens;
    private Snapshot tokensOf;

    ActivityIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Stamp(int count, long maxId, long maxAudit) {
    }

    /** The index as the table stands now. */
    synchronized Snapshot current() {
        Stamp now = stamp();
        // anything gone backwards (the trash emptied, a read inside a transaction later rolled
        // back) cannot be told from the audit lines since: read the whole table again
        if (snapshot == null || now.count() < stamp.count() || now.maxId() < stamp.maxId()
                || now.maxAudit() < stamp.maxAudit()) {
            snapshot = load(dsl.select(columns()).from(ACTIVITY).orderBy(ACTIVITY.ID), null);
            tokens = null;
        } else if (!now.equals(stamp)) {
            var changed = dsl.selectDistinct(AUDIT_LOG.ENTITY_ID).from(AUDIT_LOG)
                    .where(AUDIT_LOG.ID.gt(stamp.maxAudit())).and(AUDIT_LOG.ENTITY.eq(ENTITY));
            Snapshot updated = load(dsl.select(columns()).from(ACTIVITY)
                    .where(ACTIVITY.ID.in(changed)).or(ACTIVITY.ID.gt(stamp.maxId()))
                    .orderBy(ACTIVITY.ID), snapshot);
            if (updated.size() == now.count()) {
                snapshot = updated;
            } else {
                snapshot = load(dsl.select(columns()).from(ACTIVITY).orderBy(ACTIVITY.ID), null);
                tokens = null;
            }
        }
        stamp = now;
        return snapshot;
    }

    /**
     * The positions of this snapshot whose text holds every word, or null when a newer snapshot
     * has been read meanwhile (the caller then scans the texts itself).
     */
    synchronized BitSet matchingAll(Snapshot s, List<String> words) {
        if (s != snapshot) {
            return null;
        }
        if (tokens == null) {
            tokens = new TokenIndex();
            for (int i = 0; i < s.size(); i++) {
                tokens.set(i, s.texts[i]);
            }
        } else if (tokensOf != s) {
            int kept = tokensOf.size();
            for (int i = 0; i < s.size(); i++) {
                if (i >= kept || !Objects.equals(tokensOf.texts[i], s.texts[i])) {
                    tokens.set(i, s.texts[i]);
                }
            }
        }
        tokensOf = s;
        return tokens.matchingAll(words);
    }

    private Stamp stamp() {
        // one query of three scalar subqueries, each answered from an index or the table's row
        // count (one select of the three aggregates over a join would scan); asked twice a keystroke
        var r = dsl.select(DSL.field(DSL.selectCount().from(ACTIVITY)),
                DSL.field(DSL.select(DSL.max(ACTIVITY.ID)).from(ACTIVITY)),
                DSL.field(DSL.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG))).fetchOne();
        Long maxId = r.value2();
        Long maxAudit = r.value3();
        return new Stamp(r.value1(), maxId == null ? 0 : maxId, maxAudit == null ? 0 : maxAudit);
    }

    private static List<org.jooq.Field<?>> columns() {
        return List.of(ACTIVITY.ID, ACTIVITY.ACTIVITY_DATE, ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID, ACTIVITY.QUANTITY,
                ACTIVITY.DURATION_MINUTES, ACTIVITY.PARTICIPANTS, ACTIVITY.DELETED_AT, ACTIVITY.SEARCH_FOLDED);
    }

    /**
     * A snapshot of the rows the query returns, alone or put into a previous snapshot (by id). Read
     * with plain JDBC: 100,000 jOOQ records would cost more than the index itself.
     */
    private Snapshot load(org.jooq.Select<?> query, Snapshot previous) {
        return dsl.connectionResult(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(dsl.render(query))) {
                List<Object> binds = dsl.extractBindValues(query);
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    return load(rows, previous);
                }
            }
        });
    }

    private static Snapshot load(java.sql.ResultSet rows, Snapshot previous) throws java.sql.SQLException {
        int base = previous == null ? 0 : previous.size();
        Snapshot.Builder b = new Snapshot.Builder(previous, Math.max(16, base + 1024));
        List<Integer> appended = new ArrayList<>();
        Snapshot.Builder extra = new Snapshot.Builder(null, 1024);
        while (rows.next()) {
            long id = rows.getLong(1);
            int at = previous == null ? -1 : Arrays.binarySearch(previous.ids, 0, base, id);
            if (at >= 0) {
                b.set(at, rows);
            } else {
                extra.ensure(extra.size + 1);
                extra.set(extra.size, rows);
                appended.add(extra.size++);
            }
        }
        b.ensure(b.size + appended.size());
        for (int i : appended) {
            b.copy(b.size++, extra, i);
        }
        return b.build();
    }

    /** The columns of every activity, by position; ids ascending. */
    static final class Snapshot {

        final long[] ids;
        final int[] days;
        final long[] units;
        final long[] forms;
        final int[] quantities;
        final int[] durations;
        final int[] participants;
        final boolean[] live;
        final String[] texts;
        /** Positions newest first (date, then id, descending): the list's usual order and every sort's tie-break. */
        final int[] newestFirst;
        /** Each position's place in {@link #newestFirst}. */
        final int[] newestRank;
        private volatile int[] titleRanks;

        private Snapshot(Builder b) {
            int n = b.size;
            ids = Arrays.copyOf(b.ids, n);
            days = Arrays.copyOf(b.days, n);
            units = Arrays.copyOf(b.units, n);
            forms = Arrays.copyOf(b.forms, n);
            quantities = Arrays.copyOf(b.quantities, n);
            durations = Arrays.copyOf(b.durations, n);
            participants = Arrays.copyOf(b.participants, n);
            live = Arrays.copyOf(b.live, n);
            texts = Arrays.copyOf(b.texts, n);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                // days fit in 20 bits for centuries, positions in 32: one long sorts by (day, id) since ids ascend with position
                keys[i] = ((long) days[i] << 32) | i;
            }
            Arrays.sort(keys);
            newestFirst = new int[n];
            newestRank = new int[n];
            for (int i = 0; i < n; i++) {
                int position = (int) keys[n - 1 - i];
                newestFirst[i] = position;
                newestRank[position] = i;
            }
        }

        int size() {
            return ids.length;
        }

        int[] titleRanks() {
            return titleRanks;
        }

        void titleRanks(int[] ranks) {
            titleRanks = ranks;
        }

        private static final class Builder {
            long[] ids;
            int[] days;
            long[] units;
            long[] forms;
            int[] quantities;
            int[] durations;
            int[] participants;
            boolean[] live;
            String[] texts;
            int size;

            Builder(Snapshot from, int capacity) {
                if (from == null) {
                    ids = new long[capacity];
                    days = new int[capacity];
                    units = new long[capacity];
                    forms = new long[capacity];
                    quantities = new int[capacity];
                    durations = new int[capacity];
                    participants = new int[capacity];
                    live = new boolean[capacity];
                    texts = new String[capacity];
                } else {
                    ids = Arrays.copyOf(from.ids, capacity);
                    days = Arrays.copyOf(from.days, capacity);
                    units = Arrays.copyOf(from.units, capacity);
                    forms = Arrays.copyOf(from.forms, capacity);
                    quantities = Arrays.copyOf(from.quantities, capacity);
                    durations = Arrays.copyOf(from.durations, capacity);
                    participants = Arrays.copyOf(from.participants, capacity);
                    live = Arrays.copyOf(from.live, capacity);
                    texts = Arrays.copyOf(from.texts, capacity);
                    size = from.size();
                }
                if (from == null) {
                    size = 0;
                }
            }

            /** Room for at least this many rows (doubling, as a list grows). */
            void ensure(int wanted) {
                if (wanted <= ids.length) {
                    return;
                }
                int capacity = Math.max(wanted, ids.length * 2);
                ids = Arrays.copyOf(ids, capacity);
                days = Arrays.copyOf(days, capacity);
                units = Arrays.copyOf(units, capacity);
                forms = Arrays.copyOf(forms, capacity);
                quantities = Arrays.copyOf(quantities, capacity);
                durations = Arrays.copyOf(durations, capacity);
                participants = Arrays.copyOf(participants, capacity);
                live = Arrays.copyOf(live, capacity);
                texts = Arrays.copyOf(texts, capacity);
            }

            /** Row i from the current result row, in the order of {@link #columns()}. */
            void set(int i, java.sql.ResultSet r) throws java.sql.SQLException {
                ensure(i + 1);
                ids[i] = r.getLong(1);
                days[i] = (int) r.getObject(2, java.time.LocalDate.class).toEpochDay();
                units[i] = r.getLong(3);
                forms[i] = r.getLong(4);
                quantities[i] = r.getInt(5);
                int duration = r.getInt(6);
                durations[i] = r.wasNull() ? NONE : duration;
                int people = r.getInt(7);
                participants[i] = r.wasNull() ? NONE : people;
                live[i] = r.getObject(8) == null;
                texts[i] = r.getString(9);
            }

            void copy(int i, Builder from, int j) {
                ids[i] = from.ids[j];
                days[i] = from.days[j];
                units[i] = from.units[j];
                forms[i] = from.forms[j];
                quantities[i] = from.quantities[j];
                durations[i] = from.durations[j];
                participants[i] = from.participants[j];
                live[i] = from.live[j];
                texts[i] = from.texts[j];
            }

            Snapshot build() {
                return new Snapshot(this);
            }
        }
    }
}
