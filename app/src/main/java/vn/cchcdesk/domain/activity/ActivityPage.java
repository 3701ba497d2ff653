package vn.cchcdesk.domain.activity;

import java.util.List;

/**
 * What the list shows after a change of filter or order: every matching id in order (cheap to
 * hold: a 100,000-row list is under a megabyte), the first page of rows, and the totals by form.
 */
public record ActivityPage(long[] orderedIds, List<ActivityLine> lines, List<FormTotal> totals) {

    public int count() {
        return orderedIds.length;
    }
}
