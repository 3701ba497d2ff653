package vn.cchcdesk.store.catalog;

import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.jooq.tables.records.PublicityFormRecord;

/** The catalogue of publicity forms. Writes only inside a service transaction. */
public final class PublicityFormRepository {

    private final DSLContext dsl;

    public PublicityFormRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PublicityForm> findAll() {
        return dsl.selectFrom(PUBLICITY_FORM).fetch(PublicityFormRepository::toForm).stream()
                .sorted(CatalogOrder.forms())
                .toList();
    }

    public Optional<PublicityForm> findById(long id) {
        return dsl.selectFrom(PUBLICITY_FORM).where(PUBLICITY_FORM.ID.eq(id)).fetchOptional(PublicityFormRepository::toForm);
    }

    public Optional<PublicityForm> findByCode(String code) {
        return dsl.selectFrom(PUBLICITY_FORM).where(PUBLICITY_FORM.CODE.eq(code)).fetchOptional(PublicityFormRepository::toForm);
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(PUBLICITY_FORM, PUBLICITY_FORM.NAME_FOLDED.eq(VietnameseText.fold(name))
                .and(exceptId == null ? PUBLICITY_FORM.ID.isNotNull() : PUBLICITY_FORM.ID.ne(exceptId)));
    }

    public boolean codeTaken(String code, Long exceptId) {
        return dsl.fetchExists(PUBLICITY_FORM, PUBLICITY_FORM.CODE.eq(code)
                .and(exceptId == null ? PUBLICITY_FORM.ID.isNotNull() : PUBLICITY_FORM.ID.ne(exceptId)));
    }

    public PublicityForm insert(PublicityForm form) {
        PublicityFormRecord record = dsl.newRecord(PUBLICITY_FORM);
        fill(record, form);
        record.store();
        return form.withId(record.getId());
    }

    public void update(PublicityForm form) {
        PublicityFormRecord record = dsl.fetchSingle(PUBLICITY_FORM, PUBLICITY_FORM.ID.eq(form.id()));
        fill(record, form);
        record.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(PUBLICITY_FORM).where(PUBLICITY_FORM.ID.eq(id)).execute();
    }

    private static void fill(PublicityFormRecord record, PublicityForm form) {
        record.setCode(form.code());
        record.setName(form.name());
        record.setNameFolded(VietnameseText.fold(form.name()));
        record.setFormGroup(form.group().name());
        record.setParChannel(form.channel().name());
        record.setMeasureUnit(form.measureUnit());
        record.setSortOrder(form.sortOrder());
        record.setActive(form.active());
    }

    static PublicityForm toForm(PublicityFormRecord r) {
        return new PublicityForm(r.getId(), r.getCode(), r.getName(), ParChannel.valueOf(r.getParChannel()),
                r.getMeasureUnit(), r.getSortOrder(), r.getActive());
    }
}
