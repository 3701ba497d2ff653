package vn.cchcdesk.domain.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;

/** Visits to the CCHC section of the commune's website in one month, as its statistics page shows them. */
public record WebsiteVisits(int year, int month, long visits) {

    public List<Problem> validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (year < Activity.EARLIEST.getYear() || year > today.getYear() + 1) {
            problems.add(Problem.of("year", "validation.range", Activity.EARLIEST.getYear(), today.getYear() + 1));
        }
        if (month < 1 || month > 12) {
            problems.add(Problem.of("month", "validation.range", 1, 12));
        }
        if (visits < 0) {
            problems.add(Problem.of("visits", "activities.validation.negative"));
        }
        return problems;
    }
}
