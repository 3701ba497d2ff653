package vn.cchcdesk.domain.document;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A directive or any other document the commune receives, issues or keeps internally, with its
 * recipients, the documents it cites, and its register entry.
 *
 * @param number        number and symbol; null when neither is known, a null number for a draft
 * @param issuerBodyId  the external body that issued it, when it is in the catalogue
 * @param issuerText    the issuer as written in the header ("Ủy ban nhân dân xã Định Tân")
 * @param fullText      the text read from the file, kept for search
 */
public record Document(Long id, Direction direction, DocumentType type, DocumentNumber number, PartialDate issueDate,
                       String place, Long issuerBodyId, String issuerText, String summary, Signer signer,
                       List<Recipient> recipients, List<Citation> citations, RegisterEntry register, String fullText,
                       String notes) {

    public static final int SUMMARY_MAX = 2000;

    public Document {
        issueDate = issueDate == null ? PartialDate.unknown() : issueDate;
        place = VietnameseText.cleanOrNull(place);
        issuerText = VietnameseText.cleanOrNull(issuerText);
        summary = VietnameseText.clean(summary == null ? "" : summary);
        signer = signer == null ? Signer.unknown() : signer;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        citations = citations == null ? List.of() : List.copyOf(citations);
        register = register == null ? RegisterEntry.empty() : register;
        fullText = fullText == null ? null : VietnameseText.nfc(fullText);
        notes = VietnameseText.cleanOrNull(notes);
    }

    public Document withId(Long newId) {
        return new Document(newId, direction, type, number, issueDate, place, issuerBodyId, issuerText, summary, signer,
                recipients, citations, register, fullText, notes);
    }

    public Document withCitations(List<Citation> newCitations) {
        return new Document(id, direction, type, number, issueDate, place, issuerBodyId, issuerText, summary, signer,
                recipients, newCitations, register, fullText, notes);
    }

    public Document withRegister(RegisterEntry entry) {
        return new Document(id, direction, type, number, issueDate, place, issuerBodyId, issuerText, summary, signer,
                recipients, citations, entry, fullText, notes);
    }

    public DocumentRef ref() {
        return new DocumentRef(id == null ? 0 : id, direction, type, number, issueDate, issuerText, summary);
    }

    public List<Recipient> recipients(RecipientKind kind) {
        return recipients.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Every rule a document must meet before it is saved; each problem names its field. */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (direction == null) {
            problems.add(Problem.of("direction", "validation.required"));
        }
        if (type == null) {
            problems.add(Problem.of("type", "validation.required"));
        }
        if (summary.isEmpty()) {
            problems.add(Problem.of("summary", "validation.required"));
        }
        maxLength(problems, "summary", summary, SUMMARY_MAX);
        maxLength(problems, "place", place, 200);
        maxLength(problems, "issuer", issuerText, 300);
        maxLength(problems, "notes", notes, 4000);
        maxLength(problems, "signerCapacity", signer.capacity(), 100);
        maxLength(problems, "signerTitle", signer.title(), 100);
        maxLength(problems, "signerName", signer.name(), 100);
        if (number != null) {
            maxLength(problems, "symbol", number.symbol(), 100);
            maxLength(problems, "number", number.number(), 9);
        }
        for (Recipient recipient : recipients) {
            String field = recipient.kind() == RecipientKind.ADDRESSEE ? "addressees" : "copies";
            if (recipient.text() == null || recipient.text().isEmpty()) {
                problems.add(Problem.of(field, "validation.required"));
            } else {
                maxLength(problems, field, recipient.text(), 500);
            }
        }
        validateRegister(problems);
        return problems;
    }

    private void validateRegister(List<Problem> problems) {
        boolean arrived = register.arrivalNumber() != null || register.arrivalDate() != null;
        if (direction == Direction.IN) {
            if (register.arrivalNumber() == null) {
                problems.add(Problem.of("arrivalNumber", "validation.required"));
            } else if (register.arrivalNumber() <= 0) {
                problems.add(Problem.of("arrivalNumber", "validation.positive"));
            }
            if (register.arrivalDate() == null) {
                problems.add(Problem.of("arrivalDate", "validation.required"));
            } else if (issueDate.toLocalDate().filter(issued -> register.arrivalDate().isBefore(issued)).isPresent()) {
                problems.add(Problem.of("arrivalDate", "documents.validation.arrivalBeforeIssue"));
            }
        } else if (arrived) {
            problems.add(Problem.of("arrivalNumber", "documents.validation.arrivalOnlyIncoming"));
        }
        if (register.handlingDeadline() != null && register.arrivalDate() != null
                && register.handlingDeadline().isBefore(register.arrivalDate())) {
            problems.add(Problem.of("handlingDeadline", "documents.validation.deadlineBeforeArrival"));
        }
        if (register.copiesCount() != null && register.copiesCount() < 0) {
            problems.add(Problem.of("copiesCount", "validation.positive"));
        }
        // the columns' widths: longer text ended in H2's "value too long" instead of a field message
        maxLength(problems, "handler", register.handler(), 300);
        maxLength(problems, "archiveHolder", register.archiveHolder(), 200);
    }

    private static void maxLength(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max));
        }
    }
}
