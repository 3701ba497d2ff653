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

    /** Issue dates are kept as yyyymmdd keys (a blank day as 00, which sorts to the month's start). */
    static Condition issuedWithin(Field<Integer> sortKey, DateRange range) {
        return sortKey.between(DateRange.sortKey(range.from()), DateRange.sortKey(range.to()));
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
