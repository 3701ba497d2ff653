package vn.cchcdesk.domain.par;

/**
 * How a criterion of the PAR guide is scored (DOMAIN.md §7). Labels are {@code par.rule.<CONSTANT>}.
 * <ul>
 *   <li>PLAN_FULFILMENT: share of the year's plan targets met; full points at 100 %, points × share
 *       from the threshold up, else 0.</li>
 *   <li>CHANNEL_USED: full points when the year has at least one activity of the criterion's channel.</li>
 * </ul>
 */
public enum RuleKind {
    PLAN_FULFILMENT, CHANNEL_USED
}
