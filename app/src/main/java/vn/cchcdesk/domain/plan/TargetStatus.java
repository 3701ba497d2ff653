package vn.cchcdesk.domain.plan;

/**
 * How a plan target stands (see {@link TargetProgress}): met, on track, at risk of missing the
 * current period, or behind because a period already ended short.
 */
public enum TargetStatus {
    MET, ON_TRACK, AT_RISK, BEHIND
}
