package vn.cchcdesk.ui.activities;

import java.time.LocalDate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.activity.MonthFigures;
import vn.cchcdesk.domain.activity.WebsiteVisits;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.activity.ActivityBrowser;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.ui.common.UiContext;

/** Thống kê truy cập: a year's months, the visits entered for each beside the website articles logged. */
public final class WebsiteViewModel {

    private final ActivityService service;
    private final ActivityBrowser browser;
    private final UiContext ui;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<MonthFigures> months = FXCollections.observableArrayList();

    public WebsiteViewModel(ActivityService service, UiContext ui) {
        this.service = service;
        this.browser = service.browser();
        this.ui = ui;
        year.set(LocalDate.now(ui.clock()).getYear());
        year.addListener(o -> load());
    }

    public void load() {
        int y = year.get();
        ui.runner().task(p -> browser.websiteMonths(y)).onSuccess(months::setAll).start();
    }

    /** Enters a month's visits ("12.345" or "12345"); false (and nothing saved) when the text is not a number. */
    public boolean enter(int month, String text) {
        String digits = text == null ? "" : text.trim().replace(".", "").replace(" ", "");
        long visits;
        try {
            visits = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            ui.say(Messages.get("activities.website.notANumber"));
            return false;
        }
        WebsiteVisits entered = new WebsiteVisits(year.get(), month, visits);
        ui.runner().task(p -> {
                    service.saveWebsiteVisits(entered);
                    return null;
                })
                .onSuccess(done -> {
                    ui.say(Messages.get("activities.website.saved"));
                    load();
                })
                .start();
        return true;
    }

    public long totalVisits() {
        return months.stream().mapToLong(m -> m.visits() == null ? 0 : m.visits()).sum();
    }

    public long totalArticles() {
        return months.stream().mapToLong(MonthFigures::articles).sum();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<MonthFigures> months() {
        return months;
    }
}
