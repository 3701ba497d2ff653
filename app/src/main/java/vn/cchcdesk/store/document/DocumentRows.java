package vn.cchcdesk.store.document;


import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;


import java.util.List;
import org.jooq.Record;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.HandlingStatus;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.store.jooq.tables.records.CitationRecord;
import vn.cchcdesk.store.jooq.tables.records.DocumentRecord;
import vn.cchcdesk.store.jooq.tables.records.DocumentRecipientRecord;
import vn.cchcdesk.store.search.SearchText;

/** Between document records and rows: one place for the column mapping. */
final class DocumentRows {

    private DocumentRows() {
    }

    static void fill(DocumentRecord r, Document d) {
        r.setDirection(d.direction().name());
        r.setDocType(d.type().name());
        r.setNumberText(d.number() == null ? null : d.number().number());
        r.setNumberInt(d.number() == null ? null : d.number().numberValue().orElse(null));
        r.setSymbol(d.number() == null ? null : d.number().symbol());
        r.setIssueYear(d.issueDate().year());
        r.setIssueMonth(d.issueDate().month());
        r.setIssueDay(d.issueDate().day());
        r.setPlace(d.place());
        r.setIssuerBodyId(d.issuerBodyId());
        r.setIssuerText(d.issuerText());
        r.setSummary(d.summary());
        r.setSignerCapacity(d.signer().capacity());
        r.setSignerTitle(d.signer().title());
        r.setSignerName(d.signer().name());
        RegisterEntry e = d.register();
        r.setArrivalNumber(e.arrivalNumber());
        r.setArrivalDate(e.arrivalDate());
        r.setHandlerText(e.handler());
        r.setHandlingDeadline(e.handlingDeadline());
        r.setHandlingStatus(e.handlingStatus().name());
        r.setReplyDocumentId(e.replyDocumentId());
        r.setTransferredOn(e.transferredOn());
        r.setCopiesCount(e.copiesCount());
        r.setArchiveHolder(e.archiveHolder());
        r.setFullText(d.fullText());
        r.setNotes(d.notes());
        r.setSearchFolded(SearchText.document(d.number() == null ? null : d.number().format(), d.type().fullName(),
                d.summary(), d.issuerText(), d.fullText()));
    }

    static Document toDocument(DocumentRecord r, List<Recipient> recipients, List<Citation> citations) {
        return new Document(r.getId(), Direction.valueOf(r.getDirection()), DocumentType.valueOf(r.getDocType()),
                number(r.getNumberText(), r.getSymbol()), new PartialDate(r.getIssueDay(), r.getIssueMonth(), r.getIssueYear()),
                r.getPlace(), r.getIssuerBodyId(), r.getIssuerText(), r.getSummary(),
                new Signer(r.getSignerCapacity(), r.getSignerTitle(), r.getSignerName()), recipients, citations,
                new RegisterEntry(r.getArrivalNumber(), r.getArrivalDate(), r.getHandlerText(), r.getHandlingDeadline(),
                        HandlingStatus.valueOf(r.getHandlingStatus()), r.getReplyDocumentId(), r.getTransferredOn(),
                        r.getCopiesCount(), r.getArchiveHolder()),
                r.getFullText(), r.getNotes());
    }

    /** A reference from any query that selects the document columns. */
    static DocumentRef toRef(Record r) {
        return new DocumentRef(r.get(DOCUMENT.ID), Direction.valueOf(r.get(DOCUMENT.DIRECTION)),
                DocumentType.valueOf(r.get(DOCUMENT.DOC_TYPE)), number(r.get(DOCUMENT.NUMBER_TEXT), r.get(DOCUMENT.SYMBOL)),
                new PartialDate(r.get(DOCUMENT.ISSUE_DAY), r.get(DOCUMENT.ISSUE_MONTH), r.get(DOCUMENT.ISSUE_YEAR)),
                r.get(DOCUMENT.ISSUER_TEXT), r.get(DOCUMENT.SUMMARY));
    }

    static void fill(DocumentRecipientRecord r, long documentId, Recipient recipient, int position) {
        r.setDocumentId(documentId);
        r.setKind(recipient.kind().name());
        r.setUnitId(recipient.unitId());
        r.setText(recipient.text());
        r.setPosition(position);
    }

    static Recipient toRecipient(DocumentRecipientRecord r) {
        return new Recipient(RecipientKind.valueOf(r.getKind()), r.getUnitId(), r.getText());
    }

    static void fill(CitationRecord r, long citingId, Citation c, int position) {
        r.setCitingDocumentId(citingId);
        r.setKind(c.kind().name());
        r.setCitedDocumentId(c.citedDocumentId());
        r.setCitedType(c.citedType() == null ? null : c.citedType().name());
        r.setCitedNumberText(c.citedNumber() == null ? null : c.citedNumber().number());
        r.setCitedNumberInt(c.citedNumber() == null ? null : c.citedNumber().numberValue().orElse(null));
        r.setCitedSymbol(c.citedNumber() == null ? null : c.citedNumber().symbol());
        r.setCitedYear(c.citedDate().year());
        r.setCitedMonth(c.citedDate().month());
        r.setCitedDay(c.citedDate().day());
        r.setCitedIssuerText(c.citedIssuer());
        r.setWrittenText(c.writtenText());
        r.setPosition(position);
    }

    static Citation toCitation(CitationRecord r) {
        return new Citation(CitationKind.valueOf(r.getKind()), r.getCitedDocumentId(),
                r.getCitedType() == null ? null : DocumentType.valueOf(r.getCitedType()),
                number(r.getCitedNumberText(), r.getCitedSymbol()),
                new PartialDate(r.getCitedDay(), r.getCitedMonth(), r.getCitedYear()), r.getCitedIssuerText(),
                r.getWrittenText());
    }

    private static DocumentNumber number(String number, String symbol) {
        return number == null && symbol == null ? null : new DocumentNumber(number, symbol);
    }

    static final org.jooq.Field<?>[] REF_FIELDS = {DOCUMENT.ID, DOCUMENT.DIRECTION, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER_TEXT,
            DOCUMENT.SYMBOL, DOCUMENT.ISSUE_DAY, DOCUMENT.ISSUE_MONTH, DOCUMENT.ISSUE_YEAR, DOCUMENT.ISSUER_TEXT,
            DOCUMENT.SUMMARY};

}
