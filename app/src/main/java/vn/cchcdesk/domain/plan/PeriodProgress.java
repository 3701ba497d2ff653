package vn.cchcdesk.domain.plan;

import java.time.LocalDate;

/**
 * One month, quarter or year of a target: what it asks, what was done.
 *
 * @param ended   the period is over on the day evaluated
 * @param started the period has begun
 */
public record PeriodProgress(LocalDate from, LocalDate to, int required, int done, boolean started, boolean ended) {

    public boolean met() {
        return done >= required;
    }

    public boolean missed() {
        return ended && !met();
    }

    public boolean current() {
        return started && !ended;
    }
}
