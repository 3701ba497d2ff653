package vn.cchcdesk.intake;

import java.util.List;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Signer;

/**
 * What reading a directive found (shared/samples/directives/EXTRACTION.md): suggestions for the
 * review form, written as in the document. Nulls where the document leaves a field out or blank.
 *
 * @param type the type's full name from the Nghị định 30 list ("Công văn", "Kế hoạch")
 */
public record ExtractedDirective(String file, String issuer, String type, String number, String symbol,
                                 PartialDate date, String place, String summary, List<String> addressees,
                                 List<String> copiesTo, Signer signer, List<ExtractedCitation> citations,
                                 List<ExtractedAssignment> assignments) {

    public ExtractedDirective {
        date = date == null ? PartialDate.unknown() : date;
        addressees = List.copyOf(addressees);
        copiesTo = List.copyOf(copiesTo);
        signer = signer == null ? Signer.unknown() : signer;
        citations = List.copyOf(citations);
        assignments = List.copyOf(assignments);
    }
}
