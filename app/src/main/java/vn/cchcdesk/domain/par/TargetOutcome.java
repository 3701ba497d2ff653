package vn.cchcdesk.domain.par;

/**
 * A plan target at the end of the assessment: whether every period of the year reached its quantity.
 *
 * @param label      what the target asks ("Chương trình phát thanh: 2 / tháng")
 * @param required   the year's quantity (2 per month → 24)
 * @param done       what the year's activities of the form add up to
 * @param periods    the year's months, quarters or one year the target counts in
 * @param periodsMet of those, how many reached the quantity
 * @param open       not met, but no period has ended short: the rest of the year can still meet it
 * @param shortfall  which periods fell or are still short ("tháng 12/2026: 1/4, chưa hết kỳ"); empty when met
 */
public record TargetOutcome(long targetId, long planDocumentId, String label, int required, int done, boolean met,
        int periods, int periodsMet, boolean open, String shortfall) {
}
