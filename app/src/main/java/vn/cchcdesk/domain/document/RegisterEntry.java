package vn.cchcdesk.domain.document;

import java.time.LocalDate;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * What the registers of Nghị định 30 Phụ lục IV record beyond the document itself: for incoming
 * documents the arrival number and date, who handles it, the deadline and progress; for outgoing
 * ones the number of copies, who keeps the filed copy, the date it was sent.
 */
public record RegisterEntry(Integer arrivalNumber, LocalDate arrivalDate, String handler, LocalDate handlingDeadline,
                            HandlingStatus handlingStatus, Long replyDocumentId, LocalDate transferredOn,
                            Integer copiesCount, String archiveHolder) {

    public RegisterEntry {
        handler = VietnameseText.cleanOrNull(handler);
        archiveHolder = VietnameseText.cleanOrNull(archiveHolder);
        handlingStatus = handlingStatus == null ? HandlingStatus.PENDING : handlingStatus;
    }

    public static RegisterEntry empty() {
        return new RegisterEntry(null, null, null, null, HandlingStatus.PENDING, null, null, null, null);
    }

    public static RegisterEntry arrived(int number, LocalDate date) {
        return new RegisterEntry(number, date, null, null, HandlingStatus.PENDING, null, null, null, null);
    }

    public RegisterEntry withArrival(Integer number, LocalDate date) {
        return new RegisterEntry(number, date, handler, handlingDeadline, handlingStatus, replyDocumentId, transferredOn,
                copiesCount, archiveHolder);
    }
}
