package vn.cchcdesk.domain.par;

import java.math.BigDecimal;

/** The points one criterion gets and why. */
public record CriterionScore(ParCriterion criterion, BigDecimal points, Reason reason) {

    public boolean full() {
        return points.compareTo(criterion.maxPoints()) == 0;
    }
}
