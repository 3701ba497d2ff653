package vn.cchcdesk.store.document;

import static vn.cchcdesk.store.jooq.Tables.CITATION;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentFacets;
import vn.cchcdesk.domain.document.DocumentListing;
import vn.cchcdesk.domain.document.DocumentQuery;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingFilter;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.search.FoldedTextIndex;

/**
 * The register's reads: the filtered, searched list (without full texts, so a list of thousands
 * stays light), the values its filters offer, and the citations a chain is built from.
 */
final class DocumentSearch {

    /** Citations that point at a document, with the document that makes them. */
    record Citing(DocumentRef document, Citation citation) {
    }

    private final DSLContext dsl;
    private final FoldedTextIndex texts;

    DocumentSearch(DSLContext dsl) {
        this.dsl = dsl;
        this.texts = texts(dsl);
    }

    /** The documents' search texts in memory (every document, trashed ones too: restoring keeps the text). */
    static FoldedTextIndex texts(DSLContext dsl) {
        return FoldedTextIndex.of(dsl, "document", (d, row) -> d.select(DOCUMENT.ID, DOCUMENT.SEARCH_FOLDED).from(DOCUMENT)
                .fetch().forEach(r -> row.accept(r.value1(), r.value2())));
    }

    /**
     * Matching live documents, newest first, at most limit of them; the incoming register by its
     * arrival numbers, as the clerk numbered them.
     */
    List<DocumentListing> list(DocumentQuery query, LocalDate today, int limit) {
        List<Field<?>> fields = new ArrayList<>(List.of(DocumentRows.REF_FIELDS));
        fields.addAll(List.of(DOCUMENT.ARRIVAL_NUMBER, DOCUMENT.ARRIVAL_DATE, DOCUMENT.HANDLING_DEADLINE,
                DOCUMENT.HANDLING_STATUS));
        List<Record> rows = dsl.select(fields).from(DOCUMENT)
                .where(conditions(query, today, texts))
                .orderBy(query.direction() == Direction.IN
                        ? List.of(DOCUMENT.ARRIVAL_YEAR.desc().nullsLast(), DOCUMENT.ARRIVAL_NUMBER.desc().nullsLast(), DOCUMENT.ID.desc())
                        : List.of(DOCUMENT.ISSUE_SORT_KEY.desc(), DOCUMENT.ARRIVAL_NUMBER.desc().nullsLast(), DOCUMENT.ID.desc()))
                .limit(limit)
                .fetch();
        // counted for the page only, in two grouped reads: subqueries in the select list ran for
        // every matching document before the sort and limit
        List<Field<Long>> page = rows.stream().<Field<Long>>map(r -> DSL.inline(r.get(DOCUMENT.ID))).toList();
        Map<Long, Integer> tasks = page.isEmpty() ? Map.of() : dsl.select(TASK.DOCUMENT_ID, DSL.count()).from(TASK)
                .where(TASK.DOCUMENT_ID.in(page)).and(TASK.DELETED_AT.isNull()).groupBy(TASK.DOCUMENT_ID)
                .fetchMap(TASK.DOCUMENT_ID, DSL.count());
        Map<Long, Integer> files = page.isEmpty() ? Map.of() : dsl.select(DOCUMENT_ATTACHMENT.DOCUMENT_ID, DSL.count())
                .from(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.DOCUMENT_ID.in(page))
                .groupBy(DOCUMENT_ATTACHMENT.DOCUMENT_ID).fetchMap(DOCUMENT_ATTACHMENT.DOCUMENT_ID, DSL.count());
        return rows.stream().map(r -> listing(r, tasks.getOrDefault(r.get(DOCUMENT.ID), 0),
                files.getOrDefault(r.get(DOCUMENT.ID), 0))).toList();
    }

    int count(DocumentQuery query, LocalDate today) {
        return dsl.fetchCount(DOCUMENT, conditions(query, today, texts));
    }

    DocumentFacets facets() {
        Condition live = DOCUMENT.DELETED_AT.isNull();
        List<DocumentType> types = dsl.selectDistinct(DOCUMENT.DOC_TYPE).from(DOCUMENT).where(live)
                .fetch(r -> DocumentType.valueOf(r.value1())).stream()
                .sorted((a, b) -> VietnameseText.collator().compare(a.fullName(), b.fullName()))
                .toList();
        List<String> issuers = dsl.selectDistinct(DOCUMENT.ISSUER_TEXT).from(DOCUMENT)
                .where(live.and(DOCUMENT.ISSUER_TEXT.isNotNull()))
                .fetch(DOCUMENT.ISSUER_TEXT).stream()
                .sorted(VietnameseText.order())
                .toList();
        List<Integer> years = dsl.selectDistinct(DOCUMENT.ISSUE_YEAR).from(DOCUMENT)
                .where(live.and(DOCUMENT.ISSUE_YEAR.isNotNull()))
                .union(DSL.selectDistinct(DOCUMENT.ARRIVAL_YEAR).from(DOCUMENT).where(live.and(DOCUMENT.ARRIVAL_YEAR.isNotNull())))
                .fetch(0, Integer.class).stream()
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
        return new DocumentFacets(types, issuers, years);
    }

    /** What a document cites, in the order it cites them. */
    List<Citation> citationsOf(long id) {
        return dsl.selectFrom(CITATION).where(CITATION.CITING_DOCUMENT_ID.eq(id))
                .orderBy(CITATION.POSITION).fetch(DocumentRows::toCitation);
    }

    /** The live documents that cite this one, in date order, each with its citation. */
    List<Citing> citing(long id) {
        List<Field<?>> fields = new ArrayList<>(List.of(DocumentRows.REF_FIELDS));
        fields.addAll(List.of(CITATION.fields()));
        return dsl.select(fields).from(CITATION).join(DOCUMENT).on(DOCUMENT.ID.eq(CITATION.CITING_DOCUMENT_ID))
                .where(CITATION.CITED_DOCUMENT_ID.eq(id)).and(DOCUMENT.DELETED_AT.isNull())
                .orderBy(DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.ID, CITATION.POSITION)
                .fetch(r -> new Citing(DocumentRows.toRef(r), DocumentRows.toCitation(r.into(CITATION))));
    }

    private static Condition conditions(DocumentQuery q, LocalDate today, FoldedTextIndex texts) {
        List<Condition> all = new ArrayList<>();
        all.add(DOCUMENT.DELETED_AT.isNull());
        if (q.direction() != null) {
            all.add(DOCUMENT.DIRECTION.eq(q.direction().name()));
        }
        if (q.type() != null) {
            all.add(DOCUMENT.DOC_TYPE.eq(q.type().name()));
        }
        if (q.issuer() != null) {
            all.add(DOCUMENT.ISSUER_TEXT.eq(q.issuer()));
        }
        if (q.year() != null) {
            all.add(DOCUMENT.ISSUE_YEAR.eq(q.year()).or(DOCUMENT.ARRIVAL_YEAR.eq(q.year())));
        }
        if (q.handling() != null) {
            all.add(q.handling() == HandlingFilter.OVERDUE
                    ? DOCUMENT.HANDLING_DEADLINE.lt(today).and(DOCUMENT.HANDLING_STATUS.ne(HandlingStatus.DONE.name()))
                    : DOCUMENT.HANDLING_STATUS.eq(q.handling().name()));
        }
        if (q.words().length > 0) {
            // the index answers the words; H2 would read every document's text (a CLOB) for them
            all.add(texts.condition(DOCUMENT.ID, List.of(q.words())));
        }
        return DSL.and(all);
    }

    private static DocumentListing listing(Record r, int tasks, int files) {
        return new DocumentListing(DocumentRows.toRef(r), r.get(DOCUMENT.ARRIVAL_NUMBER), r.get(DOCUMENT.ARRIVAL_DATE),
                r.get(DOCUMENT.HANDLING_DEADLINE), HandlingStatus.valueOf(r.get(DOCUMENT.HANDLING_STATUS)),
                tasks, files);
    }
}
