package vn.cchcdesk.domain.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A form of publicity (radio programme, website article, banner…) and how it is counted.
 *
 * @param code        stable identifier used in import files and report placeholders ("RADIO")
 * @param measureUnit the unit of measure written in reports ("chương trình", "tin, bài")
 */
public record PublicityForm(Long id, String code, String name, ParChannel channel, String measureUnit, int sortOrder, boolean active) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    public PublicityForm {
        code = code == null ? null : code.trim().toUpperCase();
        name = VietnameseText.clean(name);
        measureUnit = VietnameseText.clean(measureUnit);
    }

    public FormGroup group() {
        return channel == null ? null : channel.group();
    }

    public PublicityForm withId(Long newId) {
        return new PublicityForm(newId, code, name, channel, measureUnit, sortOrder, active);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            problems.add(Problem.of("code", "validation.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("code", "validation.formCode"));
        }
        if (name == null || name.isEmpty()) {
            problems.add(Problem.of("name", "validation.required"));
        } else if (name.length() > 200) {
            problems.add(Problem.of("name", "validation.tooLong", 200));
        }
        if (channel == null) {
            problems.add(Problem.of("channel", "validation.required"));
        }
        if (measureUnit == null || measureUnit.isEmpty()) {
            problems.add(Problem.of("measureUnit", "validation.required"));
        } else if (measureUnit.length() > 50) {
            problems.add(Problem.of("measureUnit", "validation.tooLong", 50));
        }
        return problems;
    }
}
