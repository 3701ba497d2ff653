package vn.cchcdesk.store.report;

import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.report.Windows.sum;
import static vn.cchcdesk.store.report.Windows.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.report.Figures;
import vn.cchcdesk.domain.report.ReportWindows;

/**
 * The activities of a report in one pass: per unit and form, the quantity, the number of
 * activities, participants and minutes in each of the three spans (GROUP BY unit, form with a
 * FILTER per span). Biểu 1 adds the units up per form, Biểu 2 reads the period's column.
 */
final class ActivityGrid {

    /** Measures, in this order, each in the three spans. */
    static final int QUANTITY = 0;
    static final int ACTIVITIES = 1;
    static final int PARTICIPANTS = 2;
    static final int MINUTES = 3;

    /** unit id → form id → [measure × 3 + span] */
    private final Map<Long, Map<Long, long[]>> cells = new HashMap<>();

    private ActivityGrid() {
    }

    static ActivityGrid load(DSLContext dsl, ReportWindows w) {
        List<Condition> spans = List.of(within(ACTIVITY.ACTIVITY_DATE, w.current()), within(ACTIVITY.ACTIVITY_DATE, w.yearToDate()),
                within(ACTIVITY.ACTIVITY_DATE, w.sameLastYear()));
        List<Field<? extends Number>> measures = List.of(ACTIVITY.QUANTITY, DSL.inline(1), ACTIVITY.PARTICIPANTS, ACTIVITY.DURATION_MINUTES);
        List<Field<?>> fields = new ArrayList<>(List.of(ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID));
        for (int m = 0; m < measures.size(); m++) {
            for (int s = 0; s < spans.size(); s++) {
                fields.add(sum(measures.get(m), spans.get(s)).as("m" + m + "s" + s));
            }
        }
        ActivityGrid grid = new ActivityGrid();
        dsl.select(fields).from(ACTIVITY)
                .where(ACTIVITY.DELETED_AT.isNull().and(spans.get(1).or(spans.get(2))))
                .groupBy(ACTIVITY.UNIT_ID, ACTIVITY.FORM_ID)
                .forEach(r -> grid.cells.computeIfAbsent(r.get(ACTIVITY.UNIT_ID), u -> new HashMap<>())
                        .put(r.get(ACTIVITY.FORM_ID), values(r, fields)));
        return grid;
    }

    private static long[] values(Record r, List<Field<?>> fields) {
        long[] values = new long[fields.size() - 2];
        for (int i = 0; i < values.length; i++) {
            Object value = r.get(i + 2);
            values[i] = value == null ? 0 : ((Number) value).longValue();
        }
        return values;
    }

    /** A measure of a form, all units added up. */
    Figures form(long formId, int measure) {
        long[] sum = new long[3];
        for (Map<Long, long[]> forms : cells.values()) {
            long[] v = forms.get(formId);
            if (v != null) {
                for (int s = 0; s < 3; s++) {
                    sum[s] += v[measure * 3 + s];
                }
            }
        }
        return new Figures(sum[0], sum[1], sum[2]);
    }

    boolean hasForm(long formId) {
        return cells.values().stream().anyMatch(forms -> forms.containsKey(formId));
    }

    boolean hasUnit(long unitId) {
        return cells.containsKey(unitId);
    }

    /** A measure of a unit and form in the period itself. */
    long current(long unitId, long formId, int measure) {
        long[] v = cells.getOrDefault(unitId, Map.of()).get(formId);
        return v == null ? 0 : v[measure * 3];
    }

    /** The forms a unit has activities of (in any span). */
    Iterable<Long> formsOf(long unitId) {
        return cells.getOrDefault(unitId, Map.of()).keySet();
    }
}
