package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.domain.document.DocumentRef;
import vn.cchcdesk.domain.document.HandlingStatus;

/**
 * A document as Biểu 4 lists it, with the register columns of its direction (DOMAIN.md §3):
 * arrival number and date, handler, deadline and progress for incoming ones; signer, recipients
 * and copies for outgoing ones.
 */
public record DocumentLine(DocumentRef ref, Integer arrivalNumber, LocalDate arrivalDate, String handler,
                           LocalDate handlingDeadline, HandlingStatus handlingStatus, String signerName,
                           List<String> recipients, Integer copies, String notes) {

    public DocumentLine {
        recipients = List.copyOf(recipients);
    }
}
