package vn.cchcdesk.ui.activities;

import java.util.List;
import java.util.function.Consumer;
import vn.cchcdesk.domain.activity.LinkChoice;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.activity.ActivityBrowser;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.UiContext;

/**
 * What the entry form's fields suggest as the clerk types: units and forms from the catalogues
 * already loaded, titles and links from the database off the FX thread.
 */
final class EntrySuggestions {

    private static final int SUGGESTIONS = 8;

    private final ActivitiesViewModel list;
    private final ActivityBrowser browser;
    private final LatestOnly titleQueries;
    private final LatestOnly linkQueries;

    EntrySuggestions(ActivitiesViewModel list, UiContext ui) {
        this.list = list;
        this.browser = list.browser();
        this.titleQueries = new LatestOnly(ui.runner());
        this.linkQueries = new LatestOnly(ui.runner());
    }

    /** Units whose name or short name holds every word typed (accent-insensitive), in catalogue order. */
    List<Unit> unitsMatching(String typed) {
        return list.units().stream().filter(u -> matches(u.name() + " " + (u.shortName() == null ? "" : u.shortName()), typed))
                .limit(SUGGESTIONS).toList();
    }

    List<PublicityForm> formsMatching(String typed) {
        return list.forms().stream().filter(f -> matches(f.name() + " " + f.code(), typed)).limit(SUGGESTIONS).toList();
    }

    private static boolean matches(String text, String typed) {
        return VietnameseText.matchesAllWords(VietnameseText.fold(text), typed == null ? "" : typed);
    }

    /** Titles logged before, for the title field; the newest query wins. */
    void titlesMatching(String typed, Consumer<List<String>> result) {
        if (typed == null || typed.trim().length() < 2) {
            result.accept(List.of());
            return;
        }
        titleQueries.submit(p -> browser.titles(typed, SUGGESTIONS), result);
    }

    /** Tasks and plan targets for the link field. */
    void linksMatching(String typed, Consumer<List<LinkChoice>> result) {
        linkQueries.submit(p -> browser.linkChoices(typed, SUGGESTIONS), result);
    }
}
