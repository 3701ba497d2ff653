package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.domain.document.DocumentRef;

/**
 * One document as a register of Nghị định 30 Phụ lục IV lists it (DOMAIN.md §3): for the Sổ đến its
 * arrival number and date, author, number and symbol, date, type and summary, who it went to and
 * when; for the Sổ đi its number and symbol, date, type and summary, signer, recipients, who keeps
 * the filed copy, copies and the day it was sent. "Ký nhận" is left for the hand.
 *
 * @param handler    Đơn vị hoặc người nhận (incoming)
 * @param recipients Nơi nhận, as the document lists them (outgoing)
 * @param reply      the document answering an incoming one, when registered (Sổ theo dõi giải quyết)
 */
public record RegisterLine(DocumentRef ref, Integer arrivalNumber, LocalDate arrivalDate, String handler, LocalDate transferredOn,
                           String signerName, List<String> recipients, String archiveHolder, Integer copies, DocumentRef reply,
                           String notes) {

    public RegisterLine {
        recipients = List.copyOf(recipients);
    }
}
