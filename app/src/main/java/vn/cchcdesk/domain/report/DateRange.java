package vn.cchcdesk.domain.report;

import java.time.LocalDate;

/** Days from one date to another, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("Not a date range: " + from + " .. " + to);
        }
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** yyyymmdd, the form of document.issue_sort_key. */
    public static int sortKey(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }
}
