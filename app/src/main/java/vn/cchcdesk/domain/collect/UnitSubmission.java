package vn.cchcdesk.domain.collect;

import java.time.LocalDate;

/**
 * A unit has sent its numbers for a period: when, and what came (the import that brought them,
 * the file kept). One per unit and period; the first receipt counts for the deadline.
 */
public record UnitSubmission(Long id, String periodCode, long unitId, LocalDate receivedOn, Long attachmentId,
                             Long importBatchId, String notes) {
}
