package vn.cchcdesk.ui.activities;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.activity.ActivityFilter;
import vn.cchcdesk.domain.activity.ActivityLine;
import vn.cchcdesk.domain.activity.ActivityPage;
import vn.cchcdesk.domain.activity.ActivitySort;
import vn.cchcdesk.domain.activity.FormTotal;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.activity.ActivityBrowser;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.LatestOnly;
import vn.cchcdesk.ui.common.UiContext;

/**
 * The activity list: filters (period or dates, units, forms, group, words), the order, a page of
 * lines read from the database, the totals by form of every filtered row, and delete with undo.
 * Every change of filter or order reads the list again off the FX thread; the newest query wins.
 */
public final class ActivitiesViewModel {

    public static final int PAGE_SIZE = 200;

    private final ActivityService service;
    private final ActivityBrowser browser;
    private final CatalogService catalog;
    private final SettingsService settings;
    private final UiContext ui;
    private final LatestOnly latest;
    private final ActivityTrash trash;

    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>(PeriodChoice.ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> unitIds = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<Set<Long>> formIds = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<FormGroup> group = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ActivitySort> sort = new SimpleObjectProperty<>(ActivitySort.newestFirst());

    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<PublicityForm> forms = FXCollections.observableArrayList();
    private final ObservableList<ActivityLine> lines = FXCollections.observableArrayList();
    private final ObservableList<FormTotal> totals = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final IntegerProperty page = new SimpleIntegerProperty();

    private CutoffRule rule = CutoffRule.DECREE_09;
    private long[] orderedIds = new long[0];
    private boolean adjusting;
    private boolean loaded;

    public ActivitiesViewModel(ActivityService service, CatalogService catalog, SettingsService settings, UiContext ui) {
        this.service = service;
        this.browser = service.browser();
        this.catalog = catalog;
        this.settings = settings;
        this.ui = ui;
        this.latest = new LatestOnly(ui.runner());
        this.trash = new ActivityTrash(service, ui, this::refresh);
        period.addListener((o, was, now) -> periodChosen(now));
        from.addListener(o -> datesEdited());
        to.addListener(o -> datesEdited());
        for (Observable filter : List.of(unitIds, formIds, group, search, sort)) {
            filter.addListener(o -> refresh());
        }
    }

    /** Reads the catalogues and settings, then the list. */
    public void load() {
        load(null);
    }

    /** Loads, then selects a line when it is on the first page. */
    public void load(Runnable afterwards) {
        ui.runner().task(p -> new Catalogues(catalog.units(), catalog.forms(), settings.reporting().cutoffRule()))
                .onSuccess(c -> {
                    units.setAll(c.units().stream().filter(Unit::active).toList());
                    forms.setAll(c.forms().stream().filter(PublicityForm::active).toList());
                    rule = c.rule();
                    periods.setAll(PeriodChoice.offered(ui.clock().instant().atZone(ui.clock().getZone()).toLocalDate(), rule));
                    loaded = true;
                    refresh(afterwards);
                })
                .start();
    }

    private record Catalogues(List<Unit> units, List<PublicityForm> forms, CutoffRule rule) {
    }

    /** The reporting period today falls in, to offer it first. */
    public PeriodChoice currentQuarter() {
        LocalDate today = LocalDate.now(ui.clock());
        return PeriodChoice.of(ReportingPeriod.quarterOf(today, rule));
    }

    private void periodChosen(PeriodChoice choice) {
        if (choice == null || choice.kind() == PeriodChoice.Kind.CUSTOM) {
            return;
        }
        adjusting = true;
        try {
            from.set(choice.kind() == PeriodChoice.Kind.ALL ? null : choice.period().from(rule));
            to.set(choice.kind() == PeriodChoice.Kind.ALL ? null : choice.period().to(rule));
        } finally {
            adjusting = false;
        }
        refresh();
    }

    private void datesEdited() {
        if (adjusting) {
            return;
        }
        adjusting = true;
        period.set(PeriodChoice.CUSTOM);
        adjusting = false;
        refresh();
    }

    /** The filter the list, the totals and an undo apply to. */
    public ActivityFilter filter() {
        return ActivityFilter.all().between(from.get(), to.get()).units(unitIds.get()).forms(formIds.get())
                .group(group.get()).search(search.get());
    }

    public void refresh() {
        refresh(null);
    }

    /** Reads the list again from its first page; then selects a line (by id) if asked. */
    public void refresh(Runnable afterwards) {
        if (!loaded) {
            return;
        }
        ActivityFilter filter = filter();
        ActivitySort order = sort.get();
        latest.submit(p -> browser.open(filter, order, PAGE_SIZE), (ActivityPage result) -> {
            orderedIds = result.orderedIds();
            count.set(result.count());
            page.set(0);
            lines.setAll(result.lines());
            totals.setAll(result.totals());
            if (afterwards != null) {
                afterwards.run();
            }
        });
    }

    public int pageCount() {
        return Math.max(1, (orderedIds.length + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Shows another page of the same list (0-based). */
    public void goToPage(int index) {
        int target = Math.max(0, Math.min(index, pageCount() - 1));
        long[] slice = Arrays.copyOfRange(orderedIds, target * PAGE_SIZE, Math.min(orderedIds.length, (target + 1) * PAGE_SIZE));
        latest.submit(p -> browser.lines(slice), (List<ActivityLine> result) -> {
            page.set(target);
            lines.setAll(result);
        });
    }

    /** Where in the whole list a line of the page stands ("1–200 / 100.000"). */
    public String pageText() {
        if (orderedIds.length == 0) {
            return Messages.get("activities.page.none");
        }
        int first = page.get() * PAGE_SIZE + 1;
        int last = Math.min(orderedIds.length, first + PAGE_SIZE - 1);
        return Messages.get("activities.page.range", Formats.integer(first), Formats.integer(last),
                Formats.integer(orderedIds.length));
    }

    /** Clears every filter but the order. */
    public void clearFilters() {
        adjusting = true;
        try {
            period.set(PeriodChoice.ALL);
            from.set(null);
            to.set(null);
            unitIds.set(Set.of());
            formIds.set(Set.of());
            group.set(null);
            search.set("");
        } finally {
            adjusting = false;
        }
        refresh();
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObjectProperty<PeriodChoice> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Set<Long>> unitIdsProperty() {
        return unitIds;
    }

    public ObjectProperty<Set<Long>> formIdsProperty() {
        return formIds;
    }

    public ObjectProperty<FormGroup> groupProperty() {
        return group;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ActivitySort> sortProperty() {
        return sort;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObservableList<PublicityForm> forms() {
        return forms;
    }

    public ObservableList<ActivityLine> lines() {
        return lines;
    }

    public ObservableList<FormTotal> totals() {
        return totals;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    ActivityTrash trash() {
        return trash;
    }

    public CutoffRule rule() {
        return rule;
    }

    public ActivityBrowser browser() {
        return browser;
    }

    public UiContext ui() {
        return ui;
    }
}
