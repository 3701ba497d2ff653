package vn.cchcdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.store.dashboard.DashboardFigures;
import vn.cchcdesk.store.dashboard.DashboardService;
import vn.cchcdesk.ui.common.UiContext;

/** The figures behind the start screen's charts, for the year picked; read off the FX thread, the newest request winning. */
public final class ChartsViewModel {

    private final DashboardService dashboard;
    private final UiContext ui;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<DashboardFigures> figures = new SimpleObjectProperty<>();
    private int requested;

    public ChartsViewModel(DashboardService dashboard, UiContext ui) {
        this.dashboard = dashboard;
        this.ui = ui;
        int now = LocalDate.now(ui.clock()).getYear();
        years.setAll(IntStream.rangeClosed(now - 4, now + 1).boxed().toList());
        year.set(now);
        year.addListener((o, was, is) -> load());
    }

    public void load() {
        int asked = year.get();
        int ticket = ++requested;
        ui.runner().task(p -> dashboard.figures(asked)).onSuccess(loaded -> {
            // a slower answer for a year no longer shown is dropped
            if (ticket == requested) {
                figures.set(loaded);
            }
        }).start();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<DashboardFigures> figuresProperty() {
        return figures;
    }
}
