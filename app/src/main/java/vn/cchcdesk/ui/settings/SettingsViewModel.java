package vn.cchcdesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.UiContext;

/** Cài đặt: the commune, its abbreviations, the signer, and the reporting rule and deadlines. */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final UiContext ui;
    private final FieldErrors errors = new FieldErrors();

    private final StringProperty communeName = new SimpleStringProperty();
    private final StringProperty provinceName = new SimpleStringProperty();
    private final StringProperty placeName = new SimpleStringProperty();
    private final StringProperty issuerAbbr = new SimpleStringProperty();
    private final StringProperty draftingUnitAbbr = new SimpleStringProperty();
    private final StringProperty signerCapacity = new SimpleStringProperty();
    private final StringProperty signerTitle = new SimpleStringProperty();
    private final StringProperty signerName = new SimpleStringProperty();
    private final StringProperty preparerName = new SimpleStringProperty();
    private final ObjectProperty<CutoffRule> cutoffRule = new SimpleObjectProperty<>();
    private final StringProperty unitDeadlineDay = new SimpleStringProperty();
    private final StringProperty communeReportWorkingDays = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SettingsViewModel(SettingsService settings, UiContext ui) {
        this.settings = settings;
        this.ui = ui;
    }

    public void load() {
        busy.set(true);
        ui.runner().task(p -> new Loaded(settings.communeOrBlank(), settings.reporting()))
                .onSuccess(this::fill)
                .onFinished(() -> busy.set(false))
                .start();
    }

    private void fill(Loaded loaded) {
        CommuneSettings c = loaded.commune();
        communeName.set(c.communeName());
        provinceName.set(c.provinceName());
        placeName.set(c.placeName());
        issuerAbbr.set(c.issuerAbbr());
        draftingUnitAbbr.set(c.draftingUnitAbbr());
        signerCapacity.set(c.signerCapacity());
        signerTitle.set(c.signerTitle());
        signerName.set(c.signerName());
        preparerName.set(c.preparerName());
        ReportingSettings r = loaded.reporting();
        cutoffRule.set(r.cutoffRule());
        unitDeadlineDay.set(String.valueOf(r.unitDeadlineDay()));
        communeReportWorkingDays.set(String.valueOf(r.communeReportWorkingDays()));
        errors.clear();
    }

    public void save() {
        List<Problem> problems = new ArrayList<>();
        CommuneSettings commune = new CommuneSettings(communeName.get(), provinceName.get(), placeName.get(),
                issuerAbbr.get(), draftingUnitAbbr.get(), signerCapacity.get(), signerTitle.get(), signerName.get(),
                preparerName.get());
        int deadlineDay = parseInt(unitDeadlineDay.get(), "unitDeadlineDay", problems);
        int workingDays = parseInt(communeReportWorkingDays.get(), "communeReportWorkingDays", problems);
        ReportingSettings reporting = new ReportingSettings(cutoffRule.get(), deadlineDay, workingDays);
        problems.addAll(commune.validate());
        if (problems.stream().noneMatch(p -> p.field().equals("unitDeadlineDay") || p.field().equals("communeReportWorkingDays"))) {
            problems.addAll(reporting.validate());
        }
        if (errors.show(problems)) {
            return;
        }
        busy.set(true);
        ui.runner().task(p -> {
                    settings.saveAll(commune, reporting);
                    return new Loaded(settings.communeOrBlank(), settings.reporting());
                })
                .onSuccess(saved -> {
                    fill(saved);
                    ui.say(Messages.get("common.saved"));
                })
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        ui.runner().report(error);
                    }
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    private static int parseInt(String text, String field, List<Problem> problems) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "validation.integer"));
            return 0;
        }
    }

    private record Loaded(CommuneSettings commune, ReportingSettings reporting) {
    }

    public FieldErrors errors() {
        return errors;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty communeNameProperty() {
        return communeName;
    }

    public StringProperty provinceNameProperty() {
        return provinceName;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public StringProperty issuerAbbrProperty() {
        return issuerAbbr;
    }

    public StringProperty draftingUnitAbbrProperty() {
        return draftingUnitAbbr;
    }

    public StringProperty signerCapacityProperty() {
        return signerCapacity;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public StringProperty preparerNameProperty() {
        return preparerName;
    }

    public ObjectProperty<CutoffRule> cutoffRuleProperty() {
        return cutoffRule;
    }

    public StringProperty unitDeadlineDayProperty() {
        return unitDeadlineDay;
    }

    public StringProperty communeReportWorkingDaysProperty() {
        return communeReportWorkingDays;
    }
}
