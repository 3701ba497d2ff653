package vn.cchcdesk.store.par;

import static vn.cchcdesk.store.jooq.Tables.PAR_CRITERION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.par.ParCriterion;
import vn.cchcdesk.domain.par.RuleKind;
import vn.cchcdesk.store.jooq.tables.records.ParCriterionRecord;

/** The guide's criteria rows (seeded by V2 with one province's criterion 4). Writes only inside a service transaction. */
public final class ParCriterionRepository {

    private final DSLContext dsl;

    public ParCriterionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ParCriterion> findAll() {
        return dsl.selectFrom(PAR_CRITERION).orderBy(PAR_CRITERION.SORT_ORDER, PAR_CRITERION.CODE)
                .fetch(ParCriterionRepository::toCriterion);
    }

    public Optional<ParCriterion> find(long id) {
        return dsl.selectFrom(PAR_CRITERION).where(PAR_CRITERION.ID.eq(id)).fetchOptional(ParCriterionRepository::toCriterion);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return dsl.fetchExists(PAR_CRITERION, PAR_CRITERION.CODE.eq(code)
                .and(exceptId == null ? org.jooq.impl.DSL.noCondition() : PAR_CRITERION.ID.ne(exceptId)));
    }

    public long insert(ParCriterion c) {
        ParCriterionRecord r = dsl.newRecord(PAR_CRITERION);
        fill(r, c);
        r.store();
        return r.getId();
    }

    public void update(ParCriterion c) {
        ParCriterionRecord r = dsl.fetchSingle(PAR_CRITERION, PAR_CRITERION.ID.eq(c.id()));
        fill(r, c);
        r.store();
    }

    public void delete(long id) {
        dsl.deleteFrom(PAR_CRITERION).where(PAR_CRITERION.ID.eq(id)).execute();
    }

    private static void fill(ParCriterionRecord r, ParCriterion c) {
        r.setCode(c.code());
        r.setTitle(c.title());
        r.setMaxPoints(c.maxPoints());
        r.setRuleKind(c.rule().name());
        r.setParChannel(c.channel() == null ? null : c.channel().name());
        r.setThresholdPercent(c.thresholdPercent());
        r.setSortOrder(c.sortOrder());
    }

    private static ParCriterion toCriterion(ParCriterionRecord r) {
        return new ParCriterion(r.getId(), r.getCode(), r.getTitle(), r.getMaxPoints(), RuleKind.valueOf(r.getRuleKind()),
                r.getParChannel() == null ? null : ParChannel.valueOf(r.getParChannel()), r.getThresholdPercent(),
                r.getSortOrder());
    }
}
