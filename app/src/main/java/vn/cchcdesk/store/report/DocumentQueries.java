package vn.cchcdesk.store.report;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_RECIPIENT;
import static vn.cchcdesk.store.jooq.Tables.PLAN_TARGET;
import static vn.cchcdesk.store.report.Windows.count;
import static vn.cchcdesk.store.report.Windows.issuedWithin;
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
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DirectiveFigures;
import vn.cchcdesk.domain.report.DocumentLine;
import vn.cchcdesk.domain.report.ReportWindows;

/**
 * Documents in a report: directives received (by arrival date) and documents issued (by issue
 * date), counted per span and listed for Biểu 4. Documents in the trash are left out.
 */
final class DocumentQueries {

    static final Field<?>[] REF = {DOCUMENT.ID, DOCUMENT.DIRECTION, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER_TEXT, DOCUMENT.SYMBOL,
            DOCUMENT.ISSUE_DAY, DOCUMENT.ISSUE_MONTH, DOCUMENT.ISSUE_YEAR, DOCUMENT.ISSUER_TEXT, DOCUMENT.SUMMARY};

    private static final Condition LIVE = DOCUMENT.DELETED_AT.isNull();
    private static final Condition RECEIVED = DOCUMENT.DIRECTION.eq(Direction.IN.name());
    private static final Condition ISSUED = DOCUMENT.DIRECTION.eq(Direction.OUT.name());
    private static final Condition PLAN = DOCUMENT.DOC_TYPE.eq(DocumentType.KE_HOACH.name());
    /** The commune's own reports are what it sends up, not direction it gives. */
    private static final Condition DIRECTING = DOCUMENT.DOC_TYPE.notIn(DocumentType.KE_HOACH.name(), DocumentType.BAO_CAO.name());

    private final DSLContext dsl;

    DocumentQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    DirectiveFigures figures(ReportWindows w) {
        List<Field<Integer>> fields = new ArrayList<>();
        for (DateRange range : List.of(w.current(), w.yearToDate(), w.sameLastYear())) {
            fields.add(count(RECEIVED.and(within(DOCUMENT.ARRIVAL_DATE, range))));
            fields.add(count(ISSUED.and(PLAN).and(issuedWithin(DOCUMENT.ISSUE_SORT_KEY, range))));
            fields.add(count(ISSUED.and(DIRECTING).and(issuedWithin(DOCUMENT.ISSUE_SORT_KEY, range))));
        }
        Record r = dsl.select(fields).from(DOCUMENT).where(LIVE).fetchSingle();
        return new DirectiveFigures(Windows.figures(r, fields.get(0), fields.get(3), fields.get(6)),
                Windows.figures(r, fields.get(1), fields.get(4), fields.get(7)),
                Windows.figures(r, fields.get(2), fields.get(5), fields.get(8)));
    }

    /** Directives that arrived in the span, in arrival order. */
    List<DocumentLine> received(DateRange range) {
        return lines(LIVE.and(RECEIVED).and(within(DOCUMENT.ARRIVAL_DATE, range)), DOCUMENT.ARRIVAL_DATE, DOCUMENT.ARRIVAL_NUMBER);
    }

    /** Documents the commune issued in the span, by date then number. */
    List<DocumentLine> issued(DateRange range) {
        return lines(LIVE.and(ISSUED).and(issuedWithin(DOCUMENT.ISSUE_SORT_KEY, range)), DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.NUMBER_INT);
    }

    /**
     * The commune's plans the report carries out, cited at its start: those of the year issued by
     * the cut-off, the ones that set targets first (the publicity plan), at most a few.
     */
    List<DocumentRef> plansOf(int year, DateRange upTo, int limit) {
        var targets = DSL.field(DSL.exists(DSL.selectOne().from(PLAN_TARGET).where(PLAN_TARGET.PLAN_DOCUMENT_ID.eq(DOCUMENT.ID))));
        return dsl.select(REF).from(DOCUMENT)
                .where(LIVE.and(ISSUED).and(PLAN).and(DOCUMENT.ISSUE_YEAR.eq(year))
                        .and(DOCUMENT.ISSUE_SORT_KEY.le(DateRange.sortKey(upTo.to()))))
                .orderBy(targets.desc(), DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.ID).limit(limit).fetch(DocumentQueries::ref);
    }

    private List<DocumentLine> lines(Condition where, Field<?> order, Field<?> then) {
        List<Record> rows = dsl.select(REF).select(DOCUMENT.ARRIVAL_NUMBER, DOCUMENT.ARRIVAL_DATE, DOCUMENT.HANDLER_TEXT,
                        DOCUMENT.HANDLING_DEADLINE, DOCUMENT.HANDLING_STATUS, DOCUMENT.SIGNER_NAME, DOCUMENT.COPIES_COUNT,
                        DOCUMENT.NOTES)
                .from(DOCUMENT).where(where).orderBy(order, then, DOCUMENT.ID).fetch();
        Map<Long, List<String>> recipients = new HashMap<>();
        dsl.select(DOCUMENT_RECIPIENT.DOCUMENT_ID, DOCUMENT_RECIPIENT.TEXT).from(DOCUMENT_RECIPIENT)
                .where(DOCUMENT_RECIPIENT.DOCUMENT_ID.in(rows.stream().map(r -> r.get(DOCUMENT.ID)).toList()))
                .orderBy(DOCUMENT_RECIPIENT.DOCUMENT_ID, DOCUMENT_RECIPIENT.KIND, DOCUMENT_RECIPIENT.POSITION)
                .forEach(r -> recipients.computeIfAbsent(r.get(DOCUMENT_RECIPIENT.DOCUMENT_ID), id -> new ArrayList<>())
                        .add(r.get(DOCUMENT_RECIPIENT.TEXT)));
        return rows.stream().map(r -> new DocumentLine(ref(r), r.get(DOCUMENT.ARRIVAL_NUMBER), r.get(DOCUMENT.ARRIVAL_DATE),
                r.get(DOCUMENT.HANDLER_TEXT), r.get(DOCUMENT.HANDLING_DEADLINE), HandlingStatus.valueOf(r.get(DOCUMENT.HANDLING_STATUS)),
                r.get(DOCUMENT.SIGNER_NAME), recipients.getOrDefault(r.get(DOCUMENT.ID), List.of()), r.get(DOCUMENT.COPIES_COUNT),
                r.get(DOCUMENT.NOTES))).toList();
    }

    static DocumentRef ref(Record r) {
        String number = r.get(DOCUMENT.NUMBER_TEXT);
        String symbol = r.get(DOCUMENT.SYMBOL);
        return new DocumentRef(r.get(DOCUMENT.ID), Direction.valueOf(r.get(DOCUMENT.DIRECTION)),
                DocumentType.valueOf(r.get(DOCUMENT.DOC_TYPE)),
                number == null && symbol == null ? null : new DocumentNumber(number, symbol),
                new PartialDate(r.get(DOCUMENT.ISSUE_DAY), r.get(DOCUMENT.ISSUE_MONTH), r.get(DOCUMENT.ISSUE_YEAR)),
                r.get(DOCUMENT.ISSUER_TEXT), r.get(DOCUMENT.SUMMARY));
    }
}
