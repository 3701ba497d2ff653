package vn.cchcdesk.domain.par;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the evidence index: a plan, a report or an activity, under the criterion it
 * supports, with its files.
 *
 * @param criterionCode the criterion's code; null when no criterion of the guide takes it
 * @param date          the document's issue date or the activity's day; null when unknown
 * @param detail        issuer or unit and form, as the index shows it
 */
public record EvidenceItem(String criterionCode, EvidenceKind kind, String title, LocalDate date, String detail,
                           List<EvidenceFile> files) {

    public EvidenceItem {
        files = List.copyOf(files);
    }
}
