package vn.cchcdesk.store.collect;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.IMPORT_BATCH;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.SourceFile;

/** Imports done (one row per confirmed file) and the rows they brought. Writes only inside a service transaction. */
public final class ImportBatchRepository {

    private static final int KEY_CHUNK = 1000;

    private final DSLContext dsl;

    public ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(SourceFile file, Long unitId, String periodCode, int rowCount, LocalDateTime now) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, file.name())
                .set(IMPORT_BATCH.SHA256, file.sha256())
                .set(IMPORT_BATCH.UNIT_ID, unitId)
                .set(IMPORT_BATCH.PERIOD_CODE, periodCode)
                .set(IMPORT_BATCH.ROW_COUNT, rowCount)
                .set(IMPORT_BATCH.IMPORTED_AT, now)
                .returning(IMPORT_BATCH.ID)
                .fetchOne(IMPORT_BATCH.ID);
    }

    /** The latest import of a file with these bytes. */
    public Optional<ImportPreview.EarlierImport> latestOf(String sha256) {
        return dsl.select(IMPORT_BATCH.IMPORTED_AT, IMPORT_BATCH.ROW_COUNT).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.SHA256.eq(sha256))
                .orderBy(IMPORT_BATCH.IMPORTED_AT.desc(), IMPORT_BATCH.ID.desc())
                .limit(1)
                .fetchOptional(r -> new ImportPreview.EarlierImport(r.value1(), r.value2()));
    }

    /**
     * A row key brought in before, with when and from which file.
     *
     * @param trashed the clerk has since moved every activity with this key to the trash
     */
    public record Imported(LocalDateTime importedAt, String fileName, boolean trashed) {
    }

    /**
     * Which of these row keys activities already have, live or in the trash: a row the clerk
     * threw away is still imported (importing the file again must not bring it back, nor double
     * it once restored). A live activity wins over a trashed one with the same key.
     */
    public Map<String, Imported> imported(Collection<String> rowKeys) {
        Map<String, Imported> found = new HashMap<>();
        List<String> keys = new ArrayList<>(rowKeys);
        for (int start = 0; start < keys.size(); start += KEY_CHUNK) {
            List<String> chunk = keys.subList(start, Math.min(keys.size(), start + KEY_CHUNK));
            dsl.select(ACTIVITY.IMPORT_ROW_KEY, IMPORT_BATCH.IMPORTED_AT, IMPORT_BATCH.FILE_NAME, ACTIVITY.CREATED_AT,
                            ACTIVITY.DELETED_AT)
                    .from(ACTIVITY)
                    .leftJoin(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(ACTIVITY.IMPORT_BATCH_ID))
                    .where(ACTIVITY.IMPORT_ROW_KEY.in(chunk))
                    .forEach(r -> found.merge(r.value1(), new Imported(r.value2() != null ? r.value2() : r.value4(),
                            r.value3() == null ? "" : r.value3(), r.value5() != null),
                            (a, b) -> a.trashed() && !b.trashed() ? b : a));
        }
        return found;
    }

    /** Activities (live) brought by the imports recorded for a unit and period, and the last file's name. */
    public record UnitTotals(int rows, String lastFile) {
    }

    public Map<Long, UnitTotals> totalsByUnit(String periodCode) {
        Map<Long, UnitTotals> totals = new HashMap<>();
        dsl.select(IMPORT_BATCH.UNIT_ID, IMPORT_BATCH.ID, IMPORT_BATCH.FILE_NAME)
                .from(IMPORT_BATCH)
                .where(IMPORT_BATCH.PERIOD_CODE.eq(periodCode)).and(IMPORT_BATCH.UNIT_ID.isNotNull())
                .orderBy(IMPORT_BATCH.ID)
                .forEach(r -> {
                    int rows = dsl.fetchCount(ACTIVITY, ACTIVITY.IMPORT_BATCH_ID.eq(r.value2()).and(ACTIVITY.DELETED_AT.isNull()));
                    UnitTotals before = totals.get(r.value1());
                    totals.put(r.value1(), new UnitTotals((before == null ? 0 : before.rows()) + rows, r.value3()));
                });
        return totals;
    }
}
