package vn.cchcdesk.domain.par;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import vn.cchcdesk.domain.text.Formats;

/**
 * Scores a year against the guide's criteria (DOMAIN.md §7). Pure: the figures come in as
 * {@link ParFacts}, the rules as {@link ParCriterion} rows.
 *
 * <p>Plan fulfilment: all targets met → full points; a share of targets met at or above the
 * threshold → points × share, rounded to 2 decimals (4 of 5 with 1 point → 0,8 when the threshold
 * allows 80 %); below the threshold, or a year without targets, → 0. The guide's own example
 * (4 of 5 → 0,8) sits below its 90 % threshold: the threshold is data, so a province reading it
 * the other way sets 80.
 */
public final class ParRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ParRules() {
    }

    public static ParAssessment assess(List<ParCriterion> criteria, ParFacts facts) {
        List<CriterionScore> scores = criteria.stream()
                .sorted(Comparator.comparingInt(ParCriterion::sortOrder).thenComparing(ParCriterion::code))
                .map(c -> score(c, facts)).toList();
        return new ParAssessment(facts.year(), scores, facts);
    }

    public static CriterionScore score(ParCriterion c, ParFacts facts) {
        return switch (c.rule()) {
            case PLAN_FULFILMENT -> planFulfilment(c, facts);
            case CHANNEL_USED -> channelUsed(c, facts);
        };
    }

    private static CriterionScore planFulfilment(ParCriterion c, ParFacts facts) {
        int set = facts.targets().size();
        long met = facts.targetsMet();
        if (set == 0) {
            return new CriterionScore(c, zero(), Reason.of("par.reason.noTargets", facts.year()));
        }
        BigDecimal share = BigDecimal.valueOf(met).divide(BigDecimal.valueOf(set), 6, RoundingMode.HALF_UP);
        BigDecimal percent = share.multiply(HUNDRED);
        String shown = Formats.decimal(percent.doubleValue(), 1);
        if (met == set) {
            return new CriterionScore(c, points(c.maxPoints()), Reason.of("par.reason.allMet", met, set));
        }
        String threshold = Formats.decimal(c.thresholdPercent().doubleValue(), 2);
        if (percent.compareTo(c.thresholdPercent()) >= 0) {
            return new CriterionScore(c, points(c.maxPoints().multiply(share)),
                    Reason.of("par.reason.partlyMet", met, set, shown, threshold, missed(facts)));
        }
        return new CriterionScore(c, zero(), Reason.of("par.reason.belowThreshold", met, set, shown, threshold, missed(facts)));
    }

    private static String missed(ParFacts facts) {
        return String.join("; ", facts.targets().stream().filter(t -> !t.met())
                .map(t -> t.label() + " (" + t.shortfall() + ")").toList());
    }

    private static CriterionScore channelUsed(ParCriterion c, ParFacts facts) {
        ChannelUse use = facts.use(c.channel());
        if (use.activities() == 0) {
            return new CriterionScore(c, zero(), Reason.of("par.reason.channelUnused", facts.year()));
        }
        String key = use.withEvidence() == 0 ? "par.reason.channelNoEvidence" : "par.reason.channelUsed";
        return new CriterionScore(c, points(c.maxPoints()),
                Reason.of(key, Formats.integer(use.activities()), Formats.integer(use.withEvidence())));
    }

    private static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
