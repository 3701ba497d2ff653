package vn.cchcdesk.domain.activity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Which activities a list, a total or a report takes: a date range (both ends included, either
 * open), units, forms, a form group, and words to search for. Empty sets mean "any".
 *
 * @param words the search text folded and split into words; an activity matches when its
 *              folded text contains every word
 * @param trash true for the activities in the trash instead of the live ones
 */
public record ActivityFilter(LocalDate from, LocalDate to, Set<Long> unitIds, Set<Long> formIds, FormGroup group,
                             List<String> words, boolean trash) {

    private static final ActivityFilter ALL = new ActivityFilter(null, null, Set.of(), Set.of(), null, List.of(), false);

    public ActivityFilter {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        formIds = formIds == null ? Set.of() : Set.copyOf(formIds);
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** Every live activity. */
    public static ActivityFilter all() {
        return ALL;
    }

    public ActivityFilter between(LocalDate newFrom, LocalDate newTo) {
        return new ActivityFilter(newFrom, newTo, unitIds, formIds, group, words, trash);
    }

    /** The activities counted in a reporting period (its cut-off dates, DOMAIN.md §6). */
    public ActivityFilter in(ReportingPeriod period, CutoffRule rule) {
        return between(period.from(rule), period.to(rule));
    }

    public ActivityFilter units(Collection<Long> ids) {
        return new ActivityFilter(from, to, Set.copyOf(ids), formIds, group, words, trash);
    }

    public ActivityFilter forms(Collection<Long> ids) {
        return new ActivityFilter(from, to, unitIds, Set.copyOf(ids), group, words, trash);
    }

    public ActivityFilter group(FormGroup newGroup) {
        return new ActivityFilter(from, to, unitIds, formIds, newGroup, words, trash);
    }

    /** Accent-insensitive search: "dinh tan" finds "Định Tân"; blank clears it. */
    public ActivityFilter search(String text) {
        List<String> folded = Arrays.stream(VietnameseText.fold(text).split(" ")).filter(w -> !w.isEmpty()).toList();
        return new ActivityFilter(from, to, unitIds, formIds, group, folded, trash);
    }

    public ActivityFilter inTrash() {
        return new ActivityFilter(from, to, unitIds, formIds, group, words, true);
    }
}
