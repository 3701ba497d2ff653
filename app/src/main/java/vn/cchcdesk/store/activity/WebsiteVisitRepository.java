package vn.cchcdesk.store.activity;

import static vn.cchcdesk.store.jooq.Tables.WEBSITE_VISIT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.activity.WebsiteVisits;

/** Monthly visits to the website's CCHC section. Writes only inside a service transaction. */
public final class WebsiteVisitRepository {

    private final DSLContext dsl;

    public WebsiteVisitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes a month's figure, replacing the one entered before. */
    public void upsert(WebsiteVisits visits) {
        dsl.mergeInto(WEBSITE_VISIT)
                .using(dsl.selectOne())
                .on(WEBSITE_VISIT.VISIT_YEAR.eq(visits.year()).and(WEBSITE_VISIT.VISIT_MONTH.eq(visits.month())))
                .whenMatchedThenUpdate().set(WEBSITE_VISIT.VISITS, visits.visits())
                .whenNotMatchedThenInsert(WEBSITE_VISIT.VISIT_YEAR, WEBSITE_VISIT.VISIT_MONTH, WEBSITE_VISIT.VISITS)
                .values(visits.year(), visits.month(), visits.visits())
                .execute();
    }

    public Optional<WebsiteVisits> find(int year, int month) {
        return dsl.selectFrom(WEBSITE_VISIT)
                .where(WEBSITE_VISIT.VISIT_YEAR.eq(year).and(WEBSITE_VISIT.VISIT_MONTH.eq(month)))
                .fetchOptional(r -> new WebsiteVisits(r.getVisitYear(), r.getVisitMonth(), r.getVisits()));
    }

    /** The months of a year that have a figure, in month order. */
    public List<WebsiteVisits> ofYear(int year) {
        return dsl.selectFrom(WEBSITE_VISIT).where(WEBSITE_VISIT.VISIT_YEAR.eq(year)).orderBy(WEBSITE_VISIT.VISIT_MONTH)
                .fetch(r -> new WebsiteVisits(r.getVisitYear(), r.getVisitMonth(), r.getVisits()));
    }
}
