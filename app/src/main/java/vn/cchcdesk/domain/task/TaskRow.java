package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import vn.cchcdesk.domain.document.DocumentRef;

/**
 * A task as lists show it: with its directive, the year it belongs to, and how much is recorded
 * about it.
 *
 * @param year      the directive's year (its issue year, else the year the task was entered):
 *                  periodic tasks fall due in the periods of this year
 * @param notes     progress notes recorded
 * @param evidence  evidence documents linked
 * @param activities publicity activities logged for the task
 */
public record TaskRow(Task task, DocumentRef directive, int year, int notes, int evidence, int activities) {

    public TaskSchedule schedule(LocalDate today) {
        return TaskSchedule.of(task, year, today);
    }

    public long id() {
        return task.id();
    }
}
