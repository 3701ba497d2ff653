package vn.cchcdesk.domain.par;

import java.math.BigDecimal;
import java.util.List;

/** A year's self-assessment of the publicity criterion: each line's points and reason, and the facts behind them. */
public record ParAssessment(int year, List<CriterionScore> scores, ParFacts facts) {

    public ParAssessment {
        scores = List.copyOf(scores);
    }

    public BigDecimal total() {
        return scores.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal maxTotal() {
        return scores.stream().map(s -> s.criterion().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
