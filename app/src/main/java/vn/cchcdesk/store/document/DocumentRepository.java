package vn.cchcdesk.store.document;

import static vn.cchcdesk.store.jooq.Tables.CITATION;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT_RECIPIENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.store.jooq.tables.records.CitationRecord;
import vn.cchcdesk.store.jooq.tables.records.DocumentRecipientRecord;
import vn.cchcdesk.store.jooq.tables.records.DocumentRecord;

/**
 * Documents with their recipients and citations. Writes only inside a service transaction.
 * Deleted documents stay in the table with deleted_at set (the trash) and are left out of lookups.
 */
public final class DocumentRepository {

    /** Documents per multi-row insert of {@link #insertAll}. */
    private static final int BULK = 200;

    private final DSLContext dsl;

    public DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Document document, LocalDateTime now) {
        DocumentRecord record = dsl.newRecord(DOCUMENT);
        DocumentRows.fill(record, document);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        insertChildren(record.getId(), document);
        DocumentSearch.texts(dsl).changed(record.getId(), record.getSearchFolded());
        return record.getId();
    }

    /**
     * Inserts many documents with their recipients and citations in multi-row statements and
     * batches (imports, demo data); returns their ids in the order given. Their citations are
     * stored as given: waiting citations are not linked here.
     */
    public List<Long> insertAll(List<Document> documents, LocalDateTime now) {
        List<Long> ids = new ArrayList<>(documents.size());
        for (int start = 0; start < documents.size(); start += BULK) {
            List<Document> chunk = documents.subList(start, Math.min(documents.size(), start + BULK));
            InsertSetMoreStep<DocumentRecord> insert = null;
            List<String> folded = new ArrayList<>(chunk.size());
            for (Document document : chunk) {
                DocumentRecord record = dsl.newRecord(DOCUMENT);
                DocumentRows.fill(record, document);
                record.setCreatedAt(now);
                record.setUpdatedAt(now);
                folded.add(record.getSearchFolded());
                insert = insert == null ? dsl.insertInto(DOCUMENT).set(record) : insert.newRecord().set(record);
            }
            // identities are handed out in row order within one statement
            List<Long> chunkIds = insert.returningResult(DOCUMENT.ID).fetch(DOCUMENT.ID).stream().sorted().toList();
            List<TableRecord<?>> children = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                int position = 0;
                for (Recipient recipient : chunk.get(i).recipients()) {
                    DocumentRecipientRecord r = dsl.newRecord(DOCUMENT_RECIPIENT);
                    DocumentRows.fill(r, chunkIds.get(i), recipient, position++);
                    children.add(r);
                }
                position = 0;
                for (Citation citation : chunk.get(i).citations()) {
                    CitationRecord r = dsl.newRecord(CITATION);
                    DocumentRows.fill(r, chunkIds.get(i), citation, position++);
                    children.add(r);
                }
            }
            dsl.batchInsert(children).execute();
            for (int i = 0; i < chunk.size(); i++) {
                DocumentSearch.texts(dsl).changed(chunkIds.get(i), folded.get(i));
            }
            ids.addAll(chunkIds);
        }
        return ids;
    }

    public void update(Document document, LocalDateTime now) {
        DocumentRecord record = dsl.fetchSingle(DOCUMENT, DOCUMENT.ID.eq(document.id()));
        DocumentRows.fill(record, document);
        record.setUpdatedAt(now);
        record.store();
        DocumentSearch.texts(dsl).changed(document.id(), record.getSearchFolded());
        dsl.deleteFrom(DOCUMENT_RECIPIENT).where(DOCUMENT_RECIPIENT.DOCUMENT_ID.eq(document.id())).execute();
        dsl.deleteFrom(CITATION).where(CITATION.CITING_DOCUMENT_ID.eq(document.id())).execute();
        insertChildren(document.id(), document);
    }

    private void insertChildren(long id, Document document) {
        int position = 0;
        for (Recipient recipient : document.recipients()) {
            DocumentRecipientRecord r = dsl.newRecord(DOCUMENT_RECIPIENT);
            DocumentRows.fill(r, id, recipient, position++);
            r.store();
        }
        position = 0;
        for (Citation citation : document.citations()) {
            CitationRecord r = dsl.newRecord(CITATION);
            DocumentRows.fill(r, id, citation, position++);
            r.store();
        }
    }

    /** A live document (not in the trash) with its recipients and citations. */
    public Optional<Document> findById(long id) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(id).and(DOCUMENT.DELETED_AT.isNull())).fetchOptional()
                .map(r -> DocumentRows.toDocument(r,
                        dsl.selectFrom(DOCUMENT_RECIPIENT).where(DOCUMENT_RECIPIENT.DOCUMENT_ID.eq(id))
                                .orderBy(DOCUMENT_RECIPIENT.KIND, DOCUMENT_RECIPIENT.POSITION).fetch(DocumentRows::toRecipient),
                        dsl.selectFrom(CITATION).where(CITATION.CITING_DOCUMENT_ID.eq(id))
                                .orderBy(CITATION.POSITION).fetch(DocumentRows::toCitation)));
    }

    public Optional<DocumentRef> findRef(long id) {
        return dsl.select(DocumentRows.REF_FIELDS).from(DOCUMENT)
                .where(DOCUMENT.ID.eq(id).and(DOCUMENT.DELETED_AT.isNull()))
                .fetchOptional(DocumentRows::toRef);
    }

    public void moveToTrash(long id, LocalDateTime now) {
        dsl.update(DOCUMENT).set(DOCUMENT.DELETED_AT, now).where(DOCUMENT.ID.eq(id)).execute();
    }

    public void restoreFromTrash(long id, LocalDateTime now) {
        dsl.update(DOCUMENT).set(DOCUMENT.DELETED_AT, (LocalDateTime) null).set(DOCUMENT.UPDATED_AT, now)
                .where(DOCUMENT.ID.eq(id)).execute();
    }

    /** The next free arrival number of a year: numbering restarts on 1 January. */
    public int nextArrivalNumber(int year) {
        Integer max = dsl.select(DSL.max(DOCUMENT.ARRIVAL_NUMBER)).from(DOCUMENT)
                .where(DOCUMENT.ARRIVAL_YEAR.eq(year)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Trashed documents keep their arrival number: the register never reuses one. */
    public boolean arrivalNumberTaken(int year, int number, Long exceptId) {
        return dsl.fetchExists(DOCUMENT, DOCUMENT.ARRIVAL_YEAR.eq(year).and(DOCUMENT.ARRIVAL_NUMBER.eq(number))
                .and(exceptId == null ? DSL.trueCondition() : DOCUMENT.ID.ne(exceptId)));
    }

    /** Live documents with this number and symbol in this year (any issuer): candidates for a duplicate. */
    public List<DocumentRef> withNumber(DocumentNumber number, Integer year, Long exceptId) {
        if (number == null || number.numberValue().isEmpty() || number.symbol() == null) {
            return List.of();
        }
        return dsl.select(DocumentRows.REF_FIELDS).from(DOCUMENT)
                .where(sameNumber(number.numberValue().get(), number.symbol(), year))
                .and(DOCUMENT.DELETED_AT.isNull())
                .and(exceptId == null ? DSL.trueCondition() : DOCUMENT.ID.ne(exceptId))
                .fetch(DocumentRows::toRef);
    }

    /**
     * Live documents of this year with this symbol and no number (drafts, copies registered before
     * the clerical office numbered them): candidates for a duplicate, compared further by the service.
     */
    public List<Document> withBlankNumber(String symbol, Integer year, Long exceptId) {
        List<Long> ids = dsl.select(DOCUMENT.ID).from(DOCUMENT)
                .where(DOCUMENT.NUMBER_TEXT.isNull())
                .and(DSL.upper(DOCUMENT.SYMBOL).eq(Citation.foldedSymbol(symbol)))
                .and(year == null ? DOCUMENT.ISSUE_YEAR.isNull() : DOCUMENT.ISSUE_YEAR.eq(year))
                .and(DOCUMENT.DELETED_AT.isNull())
                .and(exceptId == null ? DSL.trueCondition() : DOCUMENT.ID.ne(exceptId))
                .fetch(DOCUMENT.ID);
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    /** The registered document a citation names, when exactly one matches. */
    public Optional<Long> findCited(Citation citation) {
        if (citation.citedNumber() == null || citation.citedNumber().numberValue().isEmpty() || citation.citedNumber().symbol() == null) {
            return Optional.empty();
        }
        List<Long> ids = dsl.select(DOCUMENT.ID).from(DOCUMENT)
                .where(sameNumber(citation.citedNumber().numberValue().get(), citation.citedNumber().symbol(), citation.citedDate().year()))
                .and(DOCUMENT.DELETED_AT.isNull())
                .fetch(DOCUMENT.ID);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Links citations that were waiting for this document, now that it is registered. */
    public int linkWaitingCitations(long documentId, DocumentNumber number, Integer year) {
        if (number == null || number.numberValue().isEmpty() || number.symbol() == null) {
            return 0;
        }
        Condition sameYear = year == null ? DSL.trueCondition() : CITATION.CITED_YEAR.isNull().or(CITATION.CITED_YEAR.eq(year));
        return dsl.update(CITATION).set(CITATION.CITED_DOCUMENT_ID, documentId)
                .where(CITATION.CITED_DOCUMENT_ID.isNull())
                .and(CITATION.CITING_DOCUMENT_ID.ne(documentId))
                .and(CITATION.CITED_NUMBER_INT.eq(number.numberValue().get()))
                .and(DSL.upper(CITATION.CITED_SYMBOL).eq(Citation.foldedSymbol(number.symbol())))
                .and(sameYear)
                .execute();
    }

    /** Documents whose citations point at this one ("what cites it"), in date order. */
    public List<DocumentRef> citedBy(long id) {
        return dsl.select(DocumentRows.REF_FIELDS).from(DOCUMENT)
                .where(DOCUMENT.ID.in(DSL.select(CITATION.CITING_DOCUMENT_ID).from(CITATION).where(CITATION.CITED_DOCUMENT_ID.eq(id))))
                .and(DOCUMENT.DELETED_AT.isNull())
                .orderBy(DOCUMENT.ISSUE_SORT_KEY, DOCUMENT.ID)
                .fetch(DocumentRows::toRef);
    }

    private static Condition sameNumber(int number, String symbol, Integer year) {
        Condition condition = DOCUMENT.NUMBER_INT.eq(number).and(DSL.upper(DOCUMENT.SYMBOL).eq(Citation.foldedSymbol(symbol)));
        return year == null ? condition : condition.and(DOCUMENT.ISSUE_YEAR.isNull().or(DOCUMENT.ISSUE_YEAR.eq(year)));
    }
}
