package vn.cchcdesk.store.report;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;
import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;
import static vn.cchcdesk.store.jooq.Tables.WEBSITE_VISIT;
import static vn.cchcdesk.store.report.Windows.figures;
import static vn.cchcdesk.store.report.Windows.number;
import static vn.cchcdesk.store.report.Windows.sum;
import static vn.cchcdesk.store.report.Windows.within;

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
    List<FormFigures> forms(ReportWindows w) {
        Condition current = within(ACTIVITY.ACTIVITY_DATE, w.current());
        Condition ytd = within(ACTIVITY.ACTIVITY_DATE, w.yearToDate());
        Condition last = within(ACTIVITY.ACTIVITY_DATE, w.sameLastYear());
        List<Field<?>> fields = new ArrayList<>(List.of(ACTIVITY.FORM_ID));
        Field<?>[][] sums = new Field<?>[4][];
        int i = 0;
        for (Field<? extends Number> value : List.<Field<? extends Number>>of(ACTIVITY.QUANTITY, DSL.inline(1),
                ACTIVITY.PARTICIPANTS, ACTIVITY.DURATION_MINUTES)) {
            sums[i] = new Field<?>[] {sum(value, current).as("c" + i), sum(value, ytd).as("y" + i), sum(value, last).as("l" + i)};
            fields.addAll(List.of(sums[i]));
            i++;
        }
        Map<Long, Record> byForm = new HashMap<>();
        dsl.select(fields).from(ACTIVITY)
                .where(ACTIVITY.DELETED_AT.isNull().and(ytd.or(last)))
                .groupBy(ACTIVITY.FORM_ID)
                .forEach(r -> byForm.put(r.get(ACTIVITY.FORM_ID), r));
        Map<Long, Long> plans = annualPlans(w.period().year());
        List<FormFigures> forms = new ArrayList<>();
        for (Record f : dsl.selectFrom(PUBLICITY_FORM).orderBy(PUBLICITY_FORM.SORT_ORDER, PUBLICITY_FORM.ID).fetch()) {
            long id = f.get(PUBLICITY_FORM.ID);
            Record r = byForm.get(id);
            Figures[] figures = new Figures[4];
            for (int k = 0; k < 4; k++) {
                figures[k] = r == null ? Figures.ZERO : figures(r, num(sums[k][0]), num(sums[k][1]), num(sums[k][2]));
            }
            Long plan = plans.get(id);
            if (!f.get(PUBLICITY_FORM.ACTIVE) && r == null && plan == null) {
                continue;
            }
            forms.add(new FormFigures(id, f.get(PUBLICITY_FORM.CODE), f.get(PUBLICITY_FORM.NAME), f.get(PUBLICITY_FORM.MEASURE_UNIT),
                    FormGroup.valueOf(f.get(PUBLICITY_FORM.FORM_GROUP)), ParChannel.valueOf(f.get(PUBLICITY_FORM.PAR_CHANNEL)),
                    plan, figures[0], figures[1], figures[2], figures[3]));
        }
        return forms;
    }

    @SuppressWarnings("unchecked")
    private static Field<? extends Number> num(Field<?> field) {
        return (Field<? extends Number>) field;
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
    List<UnitFigures> units(ReportWindows w) {
        Condition current = ACTIVITY.DELETED_AT.isNull().and(within(ACTIVITY.ACTIVITY_DATE, w.current()));
        Field<BigDecimal> quantity = DSL.sum(ACTIVITY.QUANTITY).as("q");
        Field<Integer> activities = DSL.count().as("n");
        Field<BigDecimal> participants = DSL.sum(ACTIVITY.PARTICIPANTS).as("p");
        Map<Long, Map<Long, Long>> byUnit = new HashMap<>();
        Map<Long, long[]> totals = new HashMap<>();
        dsl.select(ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID, quantity, activities, participants).from(ACTIVITY)
                .where(current).groupBy(ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID)
                .forEach(r -> {
                    long unit = r.get(ACTIVITY.UNIT_ID);
                    byUnit.computeIfAbsent(unit, u -> new HashMap<>()).put(r.get(ACTIVITY.FORM_ID), number(r, quantity));
                    long[] t = totals.computeIfAbsent(unit, u -> new long[2]);
                    t[0] += number(r, activities);
                    t[1] += number(r, participants);
                });
        Map<Long, LocalDate> submitted = new HashMap<>();
        dsl.select(UNIT_SUBMISSION.UNIT_ID, UNIT_SUBMISSION.RECEIVED_ON).from(UNIT_SUBMISSION)
                .where(UNIT_SUBMISSION.PERIOD_CODE.eq(w.period().code()))
                .forEach(r -> submitted.put(r.get(UNIT_SUBMISSION.UNIT_ID), r.get(UNIT_SUBMISSION.RECEIVED_ON)));
        List<UnitFigures> units = new ArrayList<>();
        for (Record u : dsl.select(UNIT.ID, UNIT.NAME, UNIT.ACTIVE).from(UNIT).orderBy(UNIT.SORT_ORDER, UNIT.ID).fetch()) {
            long id = u.get(UNIT.ID);
            if (!u.get(UNIT.ACTIVE) && !byUnit.containsKey(id)) {
                continue;
            }
            long[] t = totals.getOrDefault(id, new long[2]);
            units.add(new UnitFigures(id, u.get(UNIT.NAME), byUnit.getOrDefault(id, Map.of()), t[0], t[1], submitted.get(id)));
        }
        return units;
    }
}
