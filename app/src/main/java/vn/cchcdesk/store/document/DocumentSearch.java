package vn.cchcdesk.store.document;

import static vn.cchcdesk.store.jooq.Tables.CITATION;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.TASK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The register's reads: the filtered, searched list (without full texts, so a list of thousands
 * stays light), the values its filters offer, and the citations a chain is built from.
 */
final class DocumentSearch {

    /** Citations that point at a document, with the document that makes them. */
    record Citing(DocumentRef document, Citation citation) {
    }

    private static final Field<Integer> TASKS = DSL.field(DSL.selectCount().from(TASK)
            .where(TASK.DOCUMENT_ID.eq(DOCUMENT.ID)).and(TASK.DELETED_AT.isNull()));
    private static final Field<Integer> FILES = DSL.field(DSL.selectCount().from(DOCUMENT_ATTACHMENT)
            .where(DOCUMENT_ATTACHMENT.DOCUMENT_ID.eq(DOCUMENT.ID)));

    private final DSLContext dsl;

    DocumentSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Matching live documents, newest first, at most limit of them; the incoming register by its
     * arrival numbers, as the clerk numbered them.
     */
    List<DocumentListing> list(DocumentQuery query, LocalDate today, int limit) {
        List<Field<?>> fields = new ArrayList<>(List.of(DocumentRows.REF_FIELDS));
        fields.addAll(List.of(DOCUMENT.ARRIVAL_NUMBER, DOCUMENT.ARRIVAL_DATE, DOCUMENT.HANDLING_DEADLINE,
                DOCUMENT.HANDLING_STATUS, TASKS, FILES));
        return dsl.select(fields).from(DOCUMENT)
                .where(conditions(query, today))
                .orderBy(query.direction() == Direction.IN
                        ? List.of(DOCUMENT.ARRIVAL_YEAR.desc().nullsLast(), DOCUMENT.ARRIVAL_NUMBER.desc().nullsLast(), DOCUMENT.ID.desc())
                        : List.of(DOCUMENT.ISSUE_SORT_KEY.desc(), DOCUMENT.ARRIVAL_NUMBER.desc().nullsLast(), DOCUMENT.ID.desc()))
                .limit(limit)
                .fetch(DocumentSearch::listing);
    }

    int count(DocumentQuery query, LocalDate today) {
        return dsl.fetchCount(DOCUMENT, conditions(query, today));
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

    private static Condition conditions(DocumentQuery q, LocalDate today) {
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
        for (String word : q.words()) {
            // contains() escapes % and _ typed by the clerk
            all.add(DOCUMENT.SEARCH_FOLDED.contains(word));
        }
        return DSL.and(all);
    }

    private static DocumentListing listing(Record r) {
        Integer tasks = r.get(TASKS);
        Integer files = r.get(FILES);
        return new DocumentListing(DocumentRows.toRef(r), r.get(DOCUMENT.ARRIVAL_NUMBER), r.get(DOCUMENT.ARRIVAL_DATE),
                r.get(DOCUMENT.HANDLING_DEADLINE), HandlingStatus.valueOf(r.get(DOCUMENT.HANDLING_STATUS)),
                tasks == null ? 0 : tasks, files == null ? 0 : files);
    }
}
