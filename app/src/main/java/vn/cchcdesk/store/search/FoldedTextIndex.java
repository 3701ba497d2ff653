package vn.cchcdesk.store.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The folded search texts of one table held in memory, so search as you type finds the ids of the
 * rows holding every word without H2 reading each row's text (a CLOB for documents: 125 ms a
 * keystroke over 5,000 of them). One per database: {@link #of} keeps it in the jOOQ
 * configuration, so every repository of that database shares it.
 *
 * <p>Built from the table at the first search; afterwards every writer of the column reports its
 * new text with {@link #changed}, applied when its transaction commits ({@link AfterCommit}), so
 * the index matches the committed rows. The ids it answers still go through the query's other
 * conditions (live rows, filters), so a row deleted or trashed meanwhile is never shown.
 */
public final class FoldedTextIndex {

    /** Reads every row's id and folded text from the table. */
    public interface Loader {
        void load(DSLContext dsl, BiConsumer<Long, String> row);
    }

    private final DSLContext dsl;
    private final Loader loader;
    private final Object buildLock = new Object();
    private final TokenIndex tokens = new TokenIndex();
    private final Map<Long, Integer> ordinals = new HashMap<>();
    private long[] ids = new long[1024];
    private volatile boolean built;
    private Set<Long> changedWhileBuilding;

    private FoldedTextIndex(DSLContext dsl, Loader loader) {
        this.dsl = dsl;
        this.loader = loader;
    }

    /** The index of this database under this name, made with the loader the first time. */
    public static FoldedTextIndex of(DSLContext dsl, String name, Loader loader) {
        Map<Object, Object> data = dsl.configuration().data();
        synchronized (data) {
            return (FoldedTextIndex) data.computeIfAbsent(FoldedTextIndex.class.getName() + "." + name,
                    k -> new FoldedTextIndex(dsl, loader));
        }
    }

    /** A row written with this folded text: the index takes it once the transaction commits. */
    public void changed(long id, String folded) {
        AfterCommit.run(() -> put(id, folded));
    }

    /** The ids of the rows whose folded text holds every (folded) word, in increasing order. */
    public long[] matching(List<String> words) {
        build();
        synchronized (this) {
            BitSet rows = tokens.matchingAll(words);
            long[] found = new long[rows.cardinality()];
            int n = 0;
            for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
                found[n++] = ids[row];
            }
            Arrays.sort(found);
            return found;
        }
    }

    /**
     * The condition on the id column that keeps the rows holding every word: the ids inlined as
     * constants (H2 puts a constant IN list in a sorted set; a bound list or array it compares
     * one by one for each row), or the ids that do not match when they are fewer.
     */
    public Condition condition(Field<Long> id, List<String> words) {
        long[] found = matching(words);
        if (found.length == 0) {
            return DSL.falseCondition();
        }
        long[] others;
        synchronized (this) {
            if (found.length * 2 <= ordinals.size()) {
                return id.in(inlined(found));
            }
            others = new long[ordinals.size() - found.length];
            int n = 0;
            for (Long known : ordinals.keySet()) {
                if (Arrays.binarySearch(found, known) < 0 && n < others.length) {
                    others[n++] = known;
                }
            }
            others = Arrays.copyOf(others, n);
        }
        return others.length == 0 ? DSL.trueCondition() : id.notIn(inlined(others));
    }

    private static List<Field<Long>> inlined(long[] ids) {
        List<Field<Long>> values = new ArrayList<>(ids.length);
        for (long value : ids) {
            values.add(DSL.inline(value));
        }
        return values;
    }

    /** Reads the table once; texts committed meanwhile are newer than what it read and win. */
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
            Map<Long, String> read = new HashMap<>();
            loader.load(dsl, read::put);
            synchronized (this) {
                read.forEach((id, text) -> {
                    if (!changedWhileBuilding.contains(id)) {
                        putNow(id, text);
                    }
                });
                changedWhileBuilding = null;
                built = true;
            }
        }
    }

    private synchronized void put(long id, String folded) {
        putNow(id, folded);
        if (changedWhileBuilding != null) {
            changedWhileBuilding.add(id);
        }
    }

    private void putNow(long id, String folded) {
        Integer row = ordinals.get(id);
        if (row == null) {
            row = ordinals.size();
            ordinals.put(id, row);
            if (row == ids.length) {
                ids = Arrays.copyOf(ids, row * 2);
            }
            ids[row] = id;
        }
        tokens.set(row, folded);
    }
}
