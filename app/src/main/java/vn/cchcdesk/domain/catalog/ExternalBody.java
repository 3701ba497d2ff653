package vn.cchcdesk.domain.catalog;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/** A body outside the commune that issues documents to it (Bộ Nội vụ, Sở Nội vụ, UBND tỉnh…). */
public record ExternalBody(Long id, String name, String abbreviation, BodyLevel level, boolean active) {

    public static final int NAME_MAX = 300;

    public ExternalBody {
        name = VietnameseText.clean(name);
        abbreviation = VietnameseText.cleanOrNull(abbreviation);
    }

    public ExternalBody withId(Long newId) {
        return new ExternalBody(newId, name, abbreviation, level, active);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add(Problem.of("name", "validation.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("name", "validation.tooLong", NAME_MAX));
        }
        if (abbreviation != null && abbreviation.length() > 50) {
            problems.add(Problem.of("abbreviation", "validation.tooLong", 50));
        }
        if (level == null) {
            problems.add(Problem.of("level", "validation.required"));
        }
        return problems;
    }
}
