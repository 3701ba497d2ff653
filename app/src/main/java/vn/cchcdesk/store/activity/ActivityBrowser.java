package vn.cchcdesk.store.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.activity.ActivityPage;
import vn.cchcdesk.domain.activity.ActivitySort;
import vn.cchcdesk.domain.activity.LinkChoice;
import vn.cchcdesk.domain.activity.MonthFigures;
import vn.cchcdesk.domain.activity.WebsiteVisits;

/**
 * What the activities screen reads: the list a page at a time (all matching ids in order, rows by
 * page), the totals, suggestions for the entry form and the website's months. Read-only, so no
 * transactions: each call is one consistent query or a few.
 */
public final class ActivityBrowser {

    private final ActivityService activities;
    private final ActivityListRepository list;
    private final LinkChoiceRepository links;
    private final IndexedList indexed;

    ActivityBrowser(ActivityService activities, ActivityListRepository list, LinkChoiceRepository links, IndexedList indexed) {
        this.activities = activities;
        this.list = list;
        this.links = links;
        this.indexed = indexed;
    }

    /** The filtered list in this order: every id, the first {@code pageSize} lines and the totals by form. */
    public ActivityPage open(ActivityFilter filter, ActivitySort sort, int pageSize) {
        IndexedList.Result result = indexed.open(filter, sort);
        long[] ids = result.ids();
        List<ActivityLine> first = list.lines(Arrays.copyOf(ids, Math.min(pageSize, ids.length)));
        return new ActivityPage(ids, first, result.totals());
    }

    /** The lines of these ids (a page of {@link ActivityPage#orderedIds()}), in that order. */
    public List<ActivityLine> lines(long[] ids) {
        return list.lines(ids);
    }

    /** Titles logged before containing the words typed, most recent first. */
    public List<String> titles(String typed, int limit) {
        return list.titles(typed, limit);
    }

    public List<LinkChoice> linkChoices(String typed, int limit) {
        return links.search(typed, limit);
    }

    public Optional<LinkChoice> linkChoice(LinkChoice.Kind kind, long id) {
        return links.find(kind, id);
    }

    /** The twelve months of a year: visits entered (or none) beside the website articles logged. */
    public List<MonthFigures> websiteMonths(int year) {
        Map<Integer, WebsiteVisits> visits = activities.websiteVisits(year).stream()
                .collect(Collectors.toMap(WebsiteVisits::month, Function.identity()));
        long[] articles = list.websiteArticles(year);
        List<MonthFigures> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            WebsiteVisits v = visits.get(m);
            months.add(new MonthFigures(year, m, v == null ? null : v.visits(), articles[m]));
        }
        return months;
    }
}
