package vn.cchcdesk.store.plan;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.plan.PlanTarget;
import vn.cchcdesk.domain.plan.TargetPeriod;
import vn.cchcdesk.store.jooq.tables.records.PlanTargetRecord;
import vn.cchcdesk.store.task.DocumentRefs;

/** Plan targets and the activity counts they are measured against. Writes only inside a service transaction. */
public final class PlanTargetRepository {

    private final DSLContext dsl;

    public PlanTargetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PlanTarget> ofPlan(long planDocumentId) {
        return dsl.selectFrom(PLAN_TARGET).where(PLAN_TARGET.PLAN_DOCUMENT_ID.eq(planDocumentId))
                .orderBy(PLAN_TARGET.ID).fetch(PlanTargetRepository::toTarget);
    }

    /** Targets of a year's plans that are live (not in the trash). */
    public List<PlanTarget> ofYear(int year) {
        return dsl.select(PLAN_TARGET.fields()).from(PLAN_TARGET)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(PLAN_TARGET.PLAN_DOCUMENT_ID))
                .where(PLAN_TARGET.TARGET_YEAR.eq(year)).and(DOCUMENT.DELETED_AT.isNull())
                .orderBy(PLAN_TARGET.PLAN_DOCUMENT_ID, PLAN_TARGET.ID)
                .fetch(r -> toTarget(r.into(PLAN_TARGET)));
    }

    public Optional<PlanTarget> find(long id) {
        return dsl.selectFrom(PLAN_TARGET).where(PLAN_TARGET.ID.eq(id)).fetchOptional(PlanTargetRepository::toTarget);
    }

    public boolean exists(long planDocumentId, long formId, TargetPeriod per, Long exceptId) {
        return dsl.fetchExists(PLAN_TARGET, PLAN_TARGET.PLAN_DOCUMENT_ID.eq(planDocumentId)
                .and(PLAN_TARGET.FORM_ID.eq(formId)).and(PLAN_TARGET.PER_PERIOD.eq(per.name()))
                .and(exceptId == null ? DSL.noCondition() : PLAN_TARGET.ID.ne(exceptId)));
    }

    public long insert(PlanTarget target) {
        PlanTargetRecord r = dsl.newRecord(PLAN_TARGET);
        fill(r, target);
        r.store();
        return r.getId();
    }

    public void update(PlanTarget target) {
        PlanTargetRecord r = dsl.fetchSingle(PLAN_TARGET, PLAN_TARGET.ID.eq(target.id()));
        fill(r, target);
        r.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(PLAN_TARGET).where(PLAN_TARGET.ID.eq(id)).execute();
    }

    /**
     * What was done with a form in each month of a year: the sum of the quantities of its live
     * activities (a row stands for as many items as its quantity, 1 by default), by month 1–12.
     */
    public Map<Integer, Integer> monthlyDone(long formId, int year) {
        Map<Integer, Integer> byMonth = new HashMap<>();
        dsl.select(DSL.month(ACTIVITY.ACTIVITY_DATE), DSL.sum(ACTIVITY.QUANTITY))
                .from(ACTIVITY)
                .where(ACTIVITY.FORM_ID.eq(formId))
                .and(ACTIVITY.ACTIVITY_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .and(ACTIVITY.DELETED_AT.isNull())
                .groupBy(DSL.month(ACTIVITY.ACTIVITY_DATE))
                .forEach(r -> byMonth.put(r.value1(), r.value2() == null ? 0 : r.value2().intValue()));
        return byMonth;
    }

    /** Live plans (Kế hoạch) and any other live document that has targets, newest first. */
    public List<DocumentRef> plans() {
        return dsl.select(DocumentRefs.FIELDS).from(DOCUMENT)
                .where(DOCUMENT.DELETED_AT.isNull())
                .and(DOCUMENT.DOC_TYPE.eq(DocumentType.KE_HOACH.name())
                        .or(DOCUMENT.ID.in(DSL.select(PLAN_TARGET.PLAN_DOCUMENT_ID).from(PLAN_TARGET))))
                .orderBy(DOCUMENT.ISSUE_SORT_KEY.desc(), DOCUMENT.ID.desc())
                .fetch(DocumentRefs::toRef);
    }

    /** A live document's full text (null when none was read) and issue year (null when unknown). */
    public Optional<PlanText> planText(long documentId) {
        return dsl.select(DOCUMENT.FULL_TEXT, DOCUMENT.ISSUE_YEAR).from(DOCUMENT)
                .where(DOCUMENT.ID.eq(documentId)).and(DOCUMENT.DELETED_AT.isNull())
                .fetchOptional(r -> new PlanText(r.value1(), r.value2()));
    }

    public record PlanText(String fullText, Integer year) {
    }

    private static void fill(PlanTargetRecord r, PlanTarget t) {
        r.setPlanDocumentId(t.planDocumentId());
        r.setFormId(t.formId());
        r.setQuantity(t.quantity());
        r.setPerPeriod(t.per().name());
        r.setTargetYear(t.year());
        r.setSourceText(t.sourceText());
        r.setSuggested(t.suggested());
    }

    private static PlanTarget toTarget(PlanTargetRecord r) {
        return new PlanTarget(r.getId(), r.getPlanDocumentId(), r.getFormId(), r.getQuantity(),
                TargetPeriod.valueOf(r.getPerPeriod()), r.getTargetYear(), r.getSourceText(), r.getSuggested());
    }
}
