package vn.cchcdesk.domain.document;

import java.time.LocalDate;

/** One line of the register: what the list shows of a document, without its full text. */
public record DocumentListing(DocumentRef ref, Integer arrivalNumber, LocalDate arrivalDate, LocalDate handlingDeadline,
                              HandlingStatus handlingStatus, int taskCount, int attachmentCount) {

    public long id() {
        return ref.id();
    }

    /** "1478/SNV-CCHC&amp;VTTLT", "/UBND-VHXH" for a draft, "" when neither number nor symbol is known. */
    public String numberText() {
        return ref.number() == null ? "" : ref.number().format();
    }

    /** Past its handling deadline and not yet done. */
    public boolean overdue(LocalDate today) {
        return handlingDeadline != null && handlingStatus != HandlingStatus.DONE && handlingDeadline.isBefore(today);
    }
}
