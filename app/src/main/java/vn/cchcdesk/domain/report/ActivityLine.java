package vn.cchcdesk.domain.report;

import java.time.LocalDate;

/** One publicity activity as Biểu 5 lists it. */
public record ActivityLine(LocalDate date, String unit, String form, String title, long quantity, String measureUnit,
                           Integer minutes, Integer participants, String link, String notes) {
}
