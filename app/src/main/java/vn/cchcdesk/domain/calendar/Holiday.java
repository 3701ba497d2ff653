package vn.cchcdesk.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A public holiday or a compensation day off (nghỉ bù), as the clerk's list keeps it.
 *
 * @param lunar true when the day follows the lunar calendar (Tết, Giỗ Tổ) and so moves every year
 */
public record Holiday(LocalDate date, String name, boolean lunar) {

    public static final int NAME_MAX = 200;

    public Holiday {
        name = VietnameseText.clean(name == null ? "" : name);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.of("date", "validation.required"));
        }
        if (name.isEmpty()) {
            problems.add(Problem.of("name", "validation.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("name", "validation.tooLong", NAME_MAX));
        }
        return problems;
    }
}
