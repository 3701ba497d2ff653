package vn.cchcdesk.domain.catalog;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A unit of the commune that tasks are given to and that carries out publicity.
 *
 * @param id      null until saved
 * @param aliases other names the unit goes by in directives ("VHXH", "Phòng VH-XH")
 */
public record Unit(Long id, String name, String shortName, UnitKind kind, List<String> aliases, int sortOrder, boolean active) {

    public static final int NAME_MAX = 300;
    public static final int SHORT_NAME_MAX = 50;

    public Unit {
        name = VietnameseText.clean(name);
        shortName = VietnameseText.cleanOrNull(shortName);
        aliases = aliases == null ? List.of() : aliases.stream()
                .map(VietnameseText::cleanOrNull)
                .filter(a -> a != null)
                .distinct()
                .toList();
    }

    public Unit withId(Long newId) {
        return new Unit(newId, name, shortName, kind, aliases, sortOrder, active);
    }

    public String displayName() {
        return name;
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add(Problem.of("name", "validation.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("name", "validation.tooLong", NAME_MAX));
        }
        if (shortName != null && shortName.length() > SHORT_NAME_MAX) {
            problems.add(Problem.of("shortName", "validation.tooLong", SHORT_NAME_MAX));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "validation.required"));
        }
        if (String.join(";", aliases).length() > 1000) {
            problems.add(Problem.of("aliases", "validation.tooLong", 1000));
        }
        return problems;
    }
}
