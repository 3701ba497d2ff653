package vn.cchcdesk.domain.plan;

/**
 * A target read from a plan's text, for the clerk to accept or discard.
 *
 * @param formId     the publicity form the sentence speaks of
 * @param sourceText the sentence, as written
 */
public record TargetSuggestion(long formId, int quantity, TargetPeriod per, String sourceText) {
}
