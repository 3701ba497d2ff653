package vn.cchcdesk.store.demo;

import java.time.Duration;
import java.time.LocalDate;

/** What a demo run wrote, and how long it took. */
public record DemoResult(int documents, int tasks, int activities, int planTargets, int visitMonths, LocalDate from,
                         LocalDate to, long seed, Duration elapsed) {
}
