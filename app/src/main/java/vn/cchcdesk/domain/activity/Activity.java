package vn.cchcdesk.domain.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * One piece of publicity a unit carried out (DOMAIN.md §5): a radio programme, an article, a
 * conference… counted in the form's unit of measure.
 *
 * @param quantity        how many, in the form's unit of measure (programmes, articles, copies)
 * @param durationMinutes airtime of a broadcast or length of a session, when it matters
 * @param participants    people at a conference or meeting, entries of a contest
 * @param link            where it can be seen (an article's address), or a short description
 * @param taskId          the task it carries out, if any
 * @param documentId      the directive or plan it follows, if any
 * @param planTargetId    the plan target it counts towards, if any
 */
public record Activity(Long id, LocalDate date, Long unitId, Long formId, String title, int quantity,
                       Integer durationMinutes, Integer participants, String link, Long taskId, Long documentId,
                       Long planTargetId, Long costVnd, String notes) {

    public static final int TITLE_MAX = 1000;
    public static final int LINK_MAX = 1000;
    public static final int NOTES_MAX = 4000;
    /** Well above any real count: a larger number is a typing slip (an extra zero, a date in the wrong cell). */
    public static final int COUNT_MAX = 1_000_000;
    /** Dates before this are typing slips: the commune's records start long after. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public Activity {
        title = VietnameseText.clean(title == null ? "" : title);
        link = VietnameseText.cleanOrNull(link);
        notes = VietnameseText.cleanOrNull(notes);
    }

    /** A new activity with a quantity of one and nothing optional filled in. */
    public static Activity of(LocalDate date, long unitId, long formId, String title) {
        return new Activity(null, date, unitId, formId, title, 1, null, null, null, null, null, null, null, null);
    }

    public Activity withId(Long newId) {
        return new Activity(newId, date, unitId, formId, title, quantity, durationMinutes, participants, link, taskId,
                documentId, planTargetId, costVnd, notes);
    }

    /**
     * Every rule an activity must meet before it is saved; each problem names its field.
     *
     * @param today bounds the date: more than a year ahead is a slip, not a plan
     */
    public List<Problem> validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.of("date", "validation.required"));
        } else if (date.isBefore(EARLIEST)) {
            problems.add(Problem.of("date", "activities.validation.dateTooEarly", EARLIEST.getYear()));
        } else if (date.isAfter(today.plusYears(1))) {
            problems.add(Problem.of("date", "activities.validation.dateTooLate"));
        }
        if (unitId == null) {
            problems.add(Problem.of("unit", "validation.required"));
        }
        if (formId == null) {
            problems.add(Problem.of("form", "validation.required"));
        }
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "validation.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "validation.tooLong", TITLE_MAX));
        }
        count(problems, "quantity", quantity);
        count(problems, "durationMinutes", durationMinutes);
        count(problems, "participants", participants);
        if (link != null && link.length() > LINK_MAX) {
            problems.add(Problem.of("link", "validation.tooLong", LINK_MAX));
        }
        if (costVnd != null && costVnd < 0) {
            problems.add(Problem.of("costVnd", "activities.validation.negative"));
        }
        if (notes != null && notes.length() > NOTES_MAX) {
            problems.add(Problem.of("notes", "validation.tooLong", NOTES_MAX));
        }
        return problems;
    }

    private static void count(List<Problem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > COUNT_MAX)) {
            problems.add(Problem.of(field, "validation.range", 0, Formats.integer(COUNT_MAX)));
        }
    }
}
