package vn.cchcdesk.domain.task;

import java.time.LocalDate;

/**
 * A publicity activity named as a task's evidence: enough to recognise it in a list (its date,
 * unit, form and title). The link itself is the activity's task.
 */
public record ActivityRef(long id, LocalDate date, String unitName, String formName, String title) {
}
