package vn.cchcdesk.store.task;

import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import org.jooq.Field;
import org.jooq.Record;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;

/** The document columns a task list needs to name its directive or evidence (same mapping as the register's). */
public final class DocumentRefs {

    public static final Field<?>[] FIELDS = {DOCUMENT.ID, DOCUMENT.DIRECTION, DOCUMENT.DOC_TYPE, DOCUMENT.NUMBER_TEXT,
            DOCUMENT.SYMBOL, DOCUMENT.ISSUE_DAY, DOCUMENT.ISSUE_MONTH, DOCUMENT.ISSUE_YEAR, DOCUMENT.ISSUER_TEXT,
            DOCUMENT.SUMMARY};

    private DocumentRefs() {
    }

    public static DocumentRef toRef(Record r) {
        String number = r.get(DOCUMENT.NUMBER_TEXT);
        String symbol = r.get(DOCUMENT.SYMBOL);
        return new DocumentRef(r.get(DOCUMENT.ID), Direction.valueOf(r.get(DOCUMENT.DIRECTION)),
                DocumentType.valueOf(r.get(DOCUMENT.DOC_TYPE)),
                number == null && symbol == null ? null : new DocumentNumber(number, symbol),
                new PartialDate(r.get(DOCUMENT.ISSUE_DAY), r.get(DOCUMENT.ISSUE_MONTH), r.get(DOCUMENT.ISSUE_YEAR)),
                r.get(DOCUMENT.ISSUER_TEXT), r.get(DOCUMENT.SUMMARY));
    }
}
