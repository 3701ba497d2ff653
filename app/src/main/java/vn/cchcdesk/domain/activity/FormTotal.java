package vn.cchcdesk.domain.activity;

import vn.cchcdesk.domain.catalog.FormGroup;

/**
 * The filtered activities of one form added up, as shown under the list and used by reports.
 *
 * @param count           how many activities (rows)
 * @param quantity        their quantities added up, in the form's unit of measure
 * @param participants    participants added up (rows without a figure count as none)
 * @param durationMinutes durations added up
 */
public record FormTotal(long formId, String formName, String measureUnit, FormGroup group, long count, long quantity,
                        long participants, long durationMinutes) {
}
