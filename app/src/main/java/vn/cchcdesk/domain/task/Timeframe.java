package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A task's time frame as a directive writes it ("Thường xuyên trong năm 2026", "trước 30/5/2026",
 * "quý II/2026", "hằng quý (trước ngày 05 tháng cuối của quý)") and what it means. The fields map
 * onto the task table: timeframe_kind, timeframe_text, period_from, period_to, due_date,
 * recurrence, recurrence_day.
 *
 * @param text          as written, whitespace collapsed; null when the directive gives none
 * @param periodFrom    first day of the period the task runs in (ONGOING, WITHIN), else null
 * @param periodTo      last day of that period
 * @param dueDate       only when the text names a day ("trước 30/5/2026"); never guessed
 * @param recurrence    how often a PERIODIC task falls due, null otherwise
 * @param recurrenceDay the day of the month a periodic deadline falls on, when given
 */
public record Timeframe(TimeframeKind kind, String text, LocalDate periodFrom, LocalDate periodTo,
                        LocalDate dueDate, Recurrence recurrence, Integer recurrenceDay) {

    private static final Timeframe NONE = new Timeframe(TimeframeKind.NONE, null, null, null, null, null, null);

    public Timeframe {
        if (kind == null) {
            throw new IllegalArgumentException("A time frame needs a kind");
        }
        text = VietnameseText.cleanOrNull(text);
        // The task table requires a recurrence exactly for periodic tasks.
        if ((kind == TimeframeKind.PERIODIC) != (recurrence != null)) {
            throw new IllegalArgumentException("Only a periodic time frame recurs: " + kind + " " + recurrence);
        }
        if (recurrenceDay != null && (recurrenceDay < 1 || recurrenceDay > 31)) {
            throw new IllegalArgumentException("Recurrence day out of range: " + recurrenceDay);
        }
        if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
            throw new IllegalArgumentException("Period ends before it starts: " + periodFrom + " " + periodTo);
        }
    }

    /** No time frame given. */
    public static Timeframe none() {
        return NONE;
    }

    /**
     * Reads a time frame written in Vietnamese.
     *
     * @param defaultYear the year for dates written without one ("trước ngày 15/6"), usually the
     *                    directive's own year
     */
    public static Timeframe parse(String text, int defaultYear) {
        return TimeframeParser.parse(text, defaultYear);
    }

    public boolean isNone() {
        return kind == TimeframeKind.NONE && text == null;
    }
}
