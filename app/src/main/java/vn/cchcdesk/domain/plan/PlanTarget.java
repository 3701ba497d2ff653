package vn.cchcdesk.domain.plan;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A target a plan sets for one publicity form: at least {@code quantity} per month, quarter or
 * year of the plan's year ("phát chuyên mục CCHC tối thiểu 02 lần/tháng").
 *
 * @param sourceText the plan's sentence the target was read from, when suggested
 * @param suggested  read from the plan's text and not yet accepted by the clerk
 */
public record PlanTarget(Long id, long planDocumentId, long formId, int quantity, TargetPeriod per, int year,
                         String sourceText, boolean suggested) {

    public static final int SOURCE_MAX = 1000;

    public PlanTarget {
        sourceText = VietnameseText.cleanOrNull(sourceText);
        if (sourceText != null && sourceText.length() > SOURCE_MAX) {
            sourceText = sourceText.substring(0, SOURCE_MAX - 1) + "…";
        }
    }

    public PlanTarget withId(Long newId) {
        return new PlanTarget(newId, planDocumentId, formId, quantity, per, year, sourceText, suggested);
    }

    public PlanTarget accepted() {
        return new PlanTarget(id, planDocumentId, formId, quantity, per, year, sourceText, false);
    }

    /** The quantity the whole year asks for (2 per month → 24). */
    public int perYear() {
        return quantity * per.perYear();
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (quantity <= 0) {
            problems.add(Problem.of("quantity", "validation.positive"));
        } else if (quantity > 100_000) {
            problems.add(Problem.of("quantity", "validation.range", 1, 100_000));
        }
        if (per == null) {
            problems.add(Problem.of("per", "validation.required"));
        }
        if (year < 1945 || year > 2200) {
            problems.add(Problem.of("year", "validation.range", 1945, 2200));
        }
        return problems;
    }
}
