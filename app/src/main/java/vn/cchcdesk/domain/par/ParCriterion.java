package vn.cchcdesk.domain.par;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * One scored line of a province's PAR guide ("4.2.1 Tuyên truyền trên bảng điện tử", 0,25 điểm):
 * stored as data so another province's guide is a matter of editing rows, not code.
 *
 * @param channel          the channel a CHANNEL_USED line counts; null for PLAN_FULFILMENT
 * @param thresholdPercent below this share of targets met, PLAN_FULFILMENT gives 0; null for CHANNEL_USED
 */
public record ParCriterion(Long id, String code, String title, BigDecimal maxPoints, RuleKind rule, ParChannel channel,
                           BigDecimal thresholdPercent, int sortOrder) {

    public static final int TITLE_MAX = 500;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,19}");
    private static final BigDecimal MAX_POINTS = new BigDecimal("100");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ParCriterion {
        code = code == null ? null : code.strip();
        title = VietnameseText.cleanOrNull(title);
    }

    public ParCriterion withId(Long newId) {
        return new ParCriterion(newId, code, title, maxPoints, rule, channel, thresholdPercent, sortOrder);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            problems.add(Problem.of("code", "validation.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("code", "par.criterion.badCode"));
        }
        if (title == null || title.isEmpty()) {
            problems.add(Problem.of("title", "validation.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "validation.tooLong", TITLE_MAX));
        }
        if (maxPoints == null) {
            problems.add(Problem.of("maxPoints", "validation.required"));
        } else if (maxPoints.signum() < 0 || maxPoints.compareTo(MAX_POINTS) > 0 || maxPoints.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.of("maxPoints", "par.criterion.badPoints"));
        }
        if (rule == null) {
            problems.add(Problem.of("rule", "validation.required"));
        } else if (rule == RuleKind.CHANNEL_USED) {
            if (channel == null) {
                problems.add(Problem.of("channel", "par.criterion.channelNeeded"));
            }
            if (thresholdPercent != null) {
                problems.add(Problem.of("threshold", "par.criterion.noThreshold"));
            }
        } else {
            if (channel != null) {
                problems.add(Problem.of("channel", "par.criterion.noChannel"));
            }
            if (thresholdPercent == null) {
                problems.add(Problem.of("threshold", "validation.required"));
            } else if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(HUNDRED) > 0
                    || thresholdPercent.stripTrailingZeros().scale() > 2) {
                problems.add(Problem.of("threshold", "validation.range", 0, 100));
            }
        }
        return problems;
    }
}
