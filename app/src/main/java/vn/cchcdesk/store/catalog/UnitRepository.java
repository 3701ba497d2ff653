package vn.cchcdesk.store.catalog;

import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.jooq.tables.records.UnitRecord;

/** The commune's units. Writes only inside a service transaction. */
public final class UnitRepository {

    private final DSLContext dsl;

    public UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All units in the clerk's order (sort order, then Vietnamese name order). */
    public List<Unit> findAll() {
        return dsl.selectFrom(UNIT).fetch(UnitRepository::toUnit).stream()
                .sorted(CatalogOrder.units())
                .toList();
    }

    public Optional<Unit> findById(long id) {
        return dsl.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(UnitRepository::toUnit);
    }

    /** Whether another unit already has this name, compared accent- and case-insensitively. */
    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(UNIT, UNIT.NAME_FOLDED.eq(VietnameseText.fold(name))
                .and(exceptId == null ? UNIT.ID.isNotNull() : UNIT.ID.ne(exceptId)));
    }

    public Unit insert(Unit unit) {
        UnitRecord record = dsl.newRecord(UNIT);
        fill(record, unit);
        record.store();
        return unit.withId(record.getId());
    }

    public void update(Unit unit) {
        UnitRecord record = dsl.fetchSingle(UNIT, UNIT.ID.eq(unit.id()));
        fill(record, unit);
        record.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(UNIT).where(UNIT.ID.eq(id)).execute();
    }

    private static void fill(UnitRecord record, Unit unit) {
        record.setName(unit.name());
        record.setNameFolded(VietnameseText.fold(unit.name()));
        record.setShortName(unit.shortName());
        record.setKind(unit.kind().name());
        record.setAliases(String.join(";", unit.aliases()));
        record.setSortOrder(unit.sortOrder());
        record.setActive(unit.active());
    }

    static Unit toUnit(UnitRecord r) {
        List<String> aliases = r.getAliases().isEmpty() ? List.of() : Arrays.asList(r.getAliases().split(";"));
        return new Unit(r.getId(), r.getName(), r.getShortName(), UnitKind.valueOf(r.getKind()), aliases,
                r.getSortOrder(), r.getActive());
    }
}
