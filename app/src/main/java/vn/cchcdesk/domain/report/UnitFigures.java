package vn.cchcdesk.domain.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one unit did in the period (Biểu 2): quantities per form id, activities logged,
 * participants, and when it sent its figures (null when it has not).
 */
public record UnitFigures(long unitId, String name, Map<Long, Long> quantityByForm, long activities, long participants,
                          LocalDate submittedOn) {

    public UnitFigures {
        quantityByForm = Map.copyOf(quantityByForm);
    }

    public long quantity(long formId) {
        return quantityByForm.getOrDefault(formId, 0L);
    }
}
