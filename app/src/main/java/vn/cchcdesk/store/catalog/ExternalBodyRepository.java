package vn.cchcdesk.store.catalog;

import static vn.cchcdesk.store.jooq.Tables.EXTERNAL_BODY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.catalog.BodyLevel;
import vn.cchcdesk.domain.catalog.ExternalBody;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.jooq.tables.records.ExternalBodyRecord;

/** Bodies outside the commune that issue documents. Writes only inside a service transaction. */
public final class ExternalBodyRepository {

    private final DSLContext dsl;

    public ExternalBodyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ExternalBody> findAll() {
        return dsl.selectFrom(EXTERNAL_BODY).fetch(ExternalBodyRepository::toBody).stream()
                .sorted(CatalogOrder.bodies())
                .toList();
    }

    public Optional<ExternalBody> findById(long id) {
        return dsl.selectFrom(EXTERNAL_BODY).where(EXTERNAL_BODY.ID.eq(id)).fetchOptional(ExternalBodyRepository::toBody);
    }

    /** The body with this name, compared accent- and case-insensitively. */
    public Optional<ExternalBody> findByName(String name) {
        return dsl.selectFrom(EXTERNAL_BODY).where(EXTERNAL_BODY.NAME_FOLDED.eq(VietnameseText.fold(name)))
                .fetchOptional(ExternalBodyRepository::toBody);
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(EXTERNAL_BODY, EXTERNAL_BODY.NAME_FOLDED.eq(VietnameseText.fold(name))
                .and(exceptId == null ? EXTERNAL_BODY.ID.isNotNull() : EXTERNAL_BODY.ID.ne(exceptId)));
    }

    public ExternalBody insert(ExternalBody body) {
        ExternalBodyRecord record = dsl.newRecord(EXTERNAL_BODY);
        fill(record, body);
        record.store();
        return body.withId(record.getId());
    }

    public void update(ExternalBody body) {
        ExternalBodyRecord record = dsl.fetchSingle(EXTERNAL_BODY, EXTERNAL_BODY.ID.eq(body.id()));
        fill(record, body);
        record.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(EXTERNAL_BODY).where(EXTERNAL_BODY.ID.eq(id)).execute();
    }

    private static void fill(ExternalBodyRecord record, ExternalBody body) {
        record.setName(body.name());
        record.setNameFolded(VietnameseText.fold(body.name()));
        record.setAbbr(body.abbreviation());
        record.setLevel(body.level().name());
        record.setActive(body.active());
    }

    static ExternalBody toBody(ExternalBodyRecord r) {
        return new ExternalBody(r.getId(), r.getName(), r.getAbbr(), BodyLevel.valueOf(r.getLevel()), r.getActive());
    }
}
