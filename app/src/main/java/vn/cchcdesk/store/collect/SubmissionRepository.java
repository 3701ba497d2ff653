package vn.cchcdesk.store.collect;

import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.cchcdesk.domain.collect.UnitSubmission;

/** Which unit sent its numbers for which period. Writes only inside a service transaction. */
public final class SubmissionRepository {

    private final DSLContext dsl;

    public SubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<UnitSubmission> find(String periodCode, long unitId) {
        return dsl.selectFrom(UNIT_SUBMISSION)
                .where(UNIT_SUBMISSION.PERIOD_CODE.eq(periodCode)).and(UNIT_SUBMISSION.UNIT_ID.eq(unitId))
                .fetchOptional(SubmissionRepository::toSubmission);
    }

    public List<UnitSubmission> ofPeriod(String periodCode) {
        return dsl.selectFrom(UNIT_SUBMISSION).where(UNIT_SUBMISSION.PERIOD_CODE.eq(periodCode))
                .orderBy(UNIT_SUBMISSION.ID)
                .fetch(SubmissionRepository::toSubmission);
    }

    public UnitSubmission insert(UnitSubmission s) {
        long id = dsl.insertInto(UNIT_SUBMISSION)
                .set(UNIT_SUBMISSION.PERIOD_CODE, s.periodCode())
                .set(UNIT_SUBMISSION.UNIT_ID, s.unitId())
                .set(UNIT_SUBMISSION.RECEIVED_ON, s.receivedOn())
                .set(UNIT_SUBMISSION.ATTACHMENT_ID, s.attachmentId())
                .set(UNIT_SUBMISSION.IMPORT_BATCH_ID, s.importBatchId())
                .set(UNIT_SUBMISSION.NOTES, s.notes())
                .returning(UNIT_SUBMISSION.ID)
                .fetchOne(UNIT_SUBMISSION.ID);
        return new UnitSubmission(id, s.periodCode(), s.unitId(), s.receivedOn(), s.attachmentId(), s.importBatchId(), s.notes());
    }

    public void update(UnitSubmission s) {
        dsl.update(UNIT_SUBMISSION)
                .set(UNIT_SUBMISSION.RECEIVED_ON, s.receivedOn())
                .set(UNIT_SUBMISSION.ATTACHMENT_ID, s.attachmentId())
                .set(UNIT_SUBMISSION.IMPORT_BATCH_ID, s.importBatchId())
                .set(UNIT_SUBMISSION.NOTES, s.notes())
                .where(UNIT_SUBMISSION.ID.eq(s.id()))
                .execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(UNIT_SUBMISSION).where(UNIT_SUBMISSION.ID.eq(id)).execute();
    }

    private static UnitSubmission toSubmission(Record r) {
        return new UnitSubmission(r.get(UNIT_SUBMISSION.ID), r.get(UNIT_SUBMISSION.PERIOD_CODE), r.get(UNIT_SUBMISSION.UNIT_ID),
                r.get(UNIT_SUBMISSION.RECEIVED_ON), r.get(UNIT_SUBMISSION.ATTACHMENT_ID),
                r.get(UNIT_SUBMISSION.IMPORT_BATCH_ID), r.get(UNIT_SUBMISSION.NOTES));
    }
}
