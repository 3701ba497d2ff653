package vn.cchcdesk.domain.par;

/**
 * A plan target at the end of the assessment: whether every period of the year reached its quantity.
 *
 * @param label    what the target asks ("Chương trình phát thanh: 2 / tháng")
 * @param required the year's quantity (2 per month → 24)
 * @param done     what the year's activities of the form add up to
 */
public record TargetOutcome(long targetId, long planDocumentId, String label, int required, int done, boolean met) {
}
