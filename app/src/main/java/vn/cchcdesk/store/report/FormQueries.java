package vn.cchcdesk.store.report;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;
import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;
import static vn.cchcdesk.store.jooq.Tables.WEBSITE_VISIT;
import static vn.cchcdesk.store.report.Windows.figures;
import static vn.cchcdesk.store.report.Windows.number;
import static vn.cchcdesk.store.report.Windows.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.FormFigures;
import vn.cchcdesk.domain.report.ReportWindows;
import vn.cchcdesk.domain.report.UnitFigures;

/** Figures per publicity form and per unit: a handful of GROUP BY queries whatever the number of activities. */
final class FormQueries {

    private final DSLContext dsl;

    FormQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every active form in catalogue order, and inactive ones that still have figures or a target. */
    List<FormFigures> forms(ReportWindows w, ActivityGrid grid) {
        Map<Long, Long> plans = annualPlans(w.period().year());
        List<FormFigures> forms = new ArrayList<>();
        for (Record f : dsl.selectFrom(PUBLICITY_FORM).orderBy(PUBLICITY_FORM.SORT_ORDER, PUBLICITY_FORM.ID).fetch()) {
            long id = f.get(PUBLICITY_FORM.ID);
            Long plan = plans.get(id);
            if (!f.get(PUBLICITY_FORM.ACTIVE) && !grid.hasForm(id) && plan == null) {
                continue;
            }
            forms.add(new FormFigures(id, f.get(PUBLICITY_FORM.CODE), f.get(PUBLICITY_FORM.NAME), f.get(PUBLICITY_FORM.MEASURE_UNIT),
                    FormGroup.valueOf(f.get(PUBLICITY_FORM.FORM_GROUP)), ParChannel.valueOf(f.get(PUBLICITY_FORM.PAR_CHANNEL)),
                    plan, grid.form(id, ActivityGrid.QUANTITY), grid.form(id, ActivityGrid.ACTIVITIES),
                    grid.form(id, ActivityGrid.PARTICIPANTS), grid.form(id, ActivityGrid.MINUTES)));
        }
        return forms;
    }

    /**
     * The year's target per form from the plans in force (not in the trash, confirmed rather than
     * merely suggested by the reader), made annual. When several plans set one, the highest
     * counts: plans of the same year repeat the commune's target rather than add to it.
     */
    Map<Long, Long> annualPlans(int year) {
        Field<Integer> perYear = DSL.when(PLAN_TARGET.PER_PERIOD.eq("MONTH"), PLAN_TARGET.QUANTITY.mul(12))
                .when(PLAN_TARGET.PER_PERIOD.eq("QUARTER"), PLAN_TARGET.QUANTITY.mul(4))
                .otherwise(PLAN_TARGET.QUANTITY);
        Field<Integer> max = DSL.max(perYear).as("plan");
        Map<Long, Long> plans = new HashMap<>();
        dsl.select(PLAN_TARGET.FORM_ID, max).from(PLAN_TARGET)
                .join(DOCUMENT).on(DOCUMENT.ID.eq(PLAN_TARGET.PLAN_DOCUMENT_ID))
                .where(PLAN_TARGET.TARGET_YEAR.eq(year).and(PLAN_TARGET.SUGGESTED.isFalse()).and(DOCUMENT.DELETED_AT.isNull()))
                .groupBy(PLAN_TARGET.FORM_ID)
                .forEach(r -> plans.put(r.get(PLAN_TARGET.FORM_ID), r.get(max).longValue()));
        return plans;
    }

    /**
     * Visits to the website's CCHC section, kept per calendar month: the period's months, the
     * months of the year up to its last, and the same months a year earlier.
     */
    Figures websiteVisits(ReportWindows w) {
        int year = w.period().year();
        Condition current = WEBSITE_VISIT.VISIT_YEAR.eq(year).and(WEBSITE_VISIT.VISIT_MONTH.between(w.firstMonth(), w.lastMonth()));
        Condition ytd = WEBSITE_VISIT.VISIT_YEAR.eq(year).and(WEBSITE_VISIT.VISIT_MONTH.le(w.lastMonth()));
        Condition last = WEBSITE_VISIT.VISIT_YEAR.eq(year - 1).and(WEBSITE_VISIT.VISIT_MONTH.between(w.firstMonth(), w.lastMonth()));
        Field<BigDecimal> c = sum(WEBSITE_VISIT.VISITS, current).as("c");
        Field<BigDecimal> y = sum(WEBSITE_VISIT.VISITS, ytd).as("y");
        Field<BigDecimal> l = sum(WEBSITE_VISIT.VISITS, last).as("l");
        Record r = dsl.select(c, y, l).from(WEBSITE_VISIT).where(WEBSITE_VISIT.VISIT_YEAR.in(year, year - 1)).fetchOne();
        return r == null ? Figures.ZERO : figures(r, c, y, l);
    }

    /** Biểu 2: every active unit (and inactive ones with activities), quantities per form in the period. */
    List<UnitFigures> units(ReportWindows w, ActivityGrid grid) {
        Map<Long, LocalDate> submitted = new HashMap<>();
        dsl.select(UNIT_SUBMISSION.UNIT_ID, UNIT_SUBMISSION.RECEIVED_ON).from(UNIT_SUBMISSION)
                .where(UNIT_SUBMISSION.PERIOD_CODE.eq(w.period().code()))
                .forEach(r -> submitted.put(r.get(UNIT_SUBMISSION.UNIT_ID), r.get(UNIT_SUBMISSION.RECEIVED_ON)));
        List<UnitFigures> units = new ArrayList<>();
        for (Record u : dsl.select(UNIT.ID, UNIT.NAME, UNIT.ACTIVE).from(UNIT).orderBy(UNIT.SORT_ORDER, UNIT.ID).fetch()) {
            long id = u.get(UNIT.ID);
            Map<Long, Long> quantities = new HashMap<>();
            long activities = 0;
            long participants = 0;
            for (long form : grid.formsOf(id)) {
                long quantity = grid.current(id, form, ActivityGrid.QUANTITY);
                if (quantity > 0) {
                    quantities.put(form, quantity);
                }
                activities += grid.current(id, form, ActivityGrid.ACTIVITIES);
                participants += grid.current(id, form, ActivityGrid.PARTICIPANTS);
            }
            if (!u.get(UNIT.ACTIVE) && activities == 0) {
                continue;
            }
            units.add(new UnitFigures(id, u.get(UNIT.NAME), quantities, activities, participants, submitted.get(id)));
        }
        return units;
    }
}
