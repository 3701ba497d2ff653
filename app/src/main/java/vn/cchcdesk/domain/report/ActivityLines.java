package vn.cchcdesk.domain.report;

import java.util.function.Consumer;

/**
 * Every activity of a period, read one at a time from the database while the sheet is written:
 * a year of 100,000 activities never sits in memory.
 */
@FunctionalInterface
public interface ActivityLines {

    /** Passes each activity in date order to the sink; may be called more than once. */
    void forEach(Consumer<ActivityLine> sink);
}
