package vn.cchcdesk.store.report;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;

import java.math.BigDecimal;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.Figures;

/** SQL helpers for figures in the three spans: one aggregate with a FILTER per span. */
final class Windows {

    private Windows() {
    }

    static Condition within(Field<java.time.LocalDate> date, DateRange range) {
        return date.between(range.from(), range.to());
    }

    /**
     * Issue dates are kept as yyyymmdd keys, a blank day or month as 00 ("03/2026" is 20260300,
     * "2026" is 20260000). A partial date counts from its month's (or year's) first day, as the
     * registers do: a span starting on the 1st of a month also takes the month's dates without a
     * day (yyyymm00), and one starting on 1 January the year's dates without a month (yyyy0000).
     * Only the lower bound moves, so the condition still reads the index on the key.
     */
    static Condition issuedWithin(Field<Integer> sortKey, DateRange range) {
        return sortKey.between(lowestIssueKey(range.from()), DateRange.sortKey(range.to()));
    }

    /** The smallest key of a date counted from the given day on. */
    static int lowestIssueKey(java.time.LocalDate from) {
        if (from.getDayOfMonth() != 1) {
            return DateRange.sortKey(from);
        }
        return from.getMonthValue() == 1 ? from.getYear() * 10000 : from.getYear() * 10000 + from.getMonthValue() * 100;
    }

    /** SUM(value) FILTER (WHERE condition), 0 when nothing matches. */
    static Field<BigDecimal> sum(Field<? extends Number> value, Condition condition) {
        return coalesce(DSL.sum(value).filterWhere(condition), inline(BigDecimal.ZERO));
    }

    static Field<Integer> count(Condition condition) {
        return DSL.count().filterWhere(condition);
    }

    static long number(Record r, Field<? extends Number> field) {
        Number n = r.get(field);
        return n == null ? 0 : n.longValue();
    }

    static Figures figures(Record r, Field<? extends Number> current, Field<? extends Number> ytd, Field<? extends Number> last) {
        return new Figures(number(r, current), number(r, ytd), number(r, last));
    }
}
