package vn.cchcdesk.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.calendar.Holiday;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.calendar.HolidayService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/** The holiday list of a year, to correct when the year's decision differs from the computed days. */
public final class HolidaysViewModel {

    private final HolidayService holidays;
    private final UiContext ui;
    private final Runnable onChanged;
    private final ObservableList<Holiday> items = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Holiday> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors();

    /** @param onChanged run after each change, so deadlines are flagged again with the new list */
    public HolidaysViewModel(HolidayService holidays, UiContext ui, Runnable onChanged) {
        this.holidays = holidays;
        this.ui = ui;
        this.onChanged = onChanged;
        int now = LocalDate.now(ui.clock()).getYear();
        years.setAll(List.of(now - 1, now, now + 1, now + 2));
        year.set(now);
        year.addListener(o -> load());
        selected.addListener((obs, old, h) -> fill(h));
    }

    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        ui.runner().task(p -> holidays.ofYear(y))
                .onSuccess(list -> {
                    items.setAll(list);
                    selected.set(null);
                })
                .start();
    }

    public void startNew() {
        selected.set(null);
        fill(null);
    }

    private void fill(Holiday h) {
        errors.clear();
        date.set(h == null ? null : h.date());
        name.set(h == null ? "" : h.name());
    }

    public void save() {
        Holiday original = selected.get();
        Holiday holiday = new Holiday(date.get(), name.get(), original != null && original.lunar());
        if (errors.show(holiday.validate())) {
            return;
        }
        run(p -> holidays.save(original == null ? null : original.date(), holiday), Messages.get("common.saved"));
    }

    public void deleteSelected() {
        Holiday h = selected.get();
        if (h != null) {
            run(p -> {
                holidays.delete(h.date());
                return h;
            }, Messages.get("common.deleted"));
        }
    }

    /** Puts back the days the law gives for the year that the list lacks. */
    public void addComputed() {
        Integer y = year.get();
        busy.set(true);
        ui.runner().task(p -> holidays.addComputed(y))
                .onSuccess(added -> {
                    ui.say(Messages.get("tasks.holiday.added", added, y));
                    changed();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    private void run(vn.cchcdesk.ui.common.Work<?> work, String done) {
        busy.set(true);
        ui.runner().task(work)
                .onSuccess(x -> {
                    ui.say(done);
                    fill(null);
                    changed();
                })
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        ui.runner().report(error);
                    }
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    private void changed() {
        load();
        onChanged.run();
    }

    public ObservableList<Holiday> items() {
        return items;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Holiday> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
