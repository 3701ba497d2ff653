package vn.cchcdesk.domain.document;

/** A document named in a list, a picker or a citation chain: enough to recognise and open it. */
public record DocumentRef(long id, Direction direction, DocumentType type, DocumentNumber number, PartialDate issueDate,
                          String issuer, String summary) {

    /** "Kế hoạch 42/KH-UBND" — or "Công văn /UBND-VHXH" for a draft without its number. */
    public String label() {
        return type.fullName() + (number == null ? "" : " " + number.format());
    }
}
