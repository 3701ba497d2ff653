package vn.cchcdesk.domain.collect;

import java.time.LocalDate;
import vn.cchcdesk.domain.catalog.Unit;

/**
 * One line of the submissions board: a unit, whether and when it sent its numbers for the period,
 * against the internal deadline (the unit deadline day of the period's last month).
 *
 * @param submission null while nothing came
 * @param rowsImported activities imported for the unit by imports recorded for the period
 */
public record SubmissionStatus(Unit unit, UnitSubmission submission, LocalDate deadline, State state, int rowsImported,
                               String fileName) {

    /** Labels are {@code collect.state.<CONSTANT>}. */
    public enum State { ON_TIME, LATE, WAITING, OVERDUE }

    /** Sent by the deadline (on the day counts), sent after it, not yet but still in time, not and too late. */
    public static State state(LocalDate receivedOn, LocalDate deadline, LocalDate today) {
        if (receivedOn != null) {
            return receivedOn.isAfter(deadline) ? State.LATE : State.ON_TIME;
        }
        return today.isAfter(deadline) ? State.OVERDUE : State.WAITING;
    }
}
