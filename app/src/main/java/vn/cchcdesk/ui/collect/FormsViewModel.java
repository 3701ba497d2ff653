package vn.cchcdesk.ui.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.unitform.UnitFormSpec;
import vn.cchcdesk.report.unitform.UnitFormTexts;
import vn.cchcdesk.report.unitform.UnitFormWriter;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.collect.SubmissionService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Step 1: the forms sent to the units. The clerk ticks the units (all active ones at first), or
 * asks for one form for all, picks a folder, and the forms are written there off the FX thread,
 * one file per unit, with progress; cancelling stops after the file being written.
 */
public final class FormsViewModel {

    /** A unit in the list, ticked or not. */
    public static final class UnitChoice {
        private final Unit unit;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        UnitChoice(Unit unit) {
            this.unit = unit;
        }

        public Unit unit() {
            return unit;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        @Override
        public String toString() {
            return unit.name();
        }
    }

    /** What a run wrote. */
    public record Generated(Path folder, List<Path> files, int planned, boolean cancelled) {
    }

    private final CatalogService catalog;
    private final SettingsService settings;
    private final SubmissionService submissions;
    private final ObjectProperty<ReportingPeriod> period;
    private final UiContext ui;
    private final ObservableList<UnitChoice> units = FXCollections.observableArrayList();
    private final BooleanProperty oneForAll = new SimpleBooleanProperty(false);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private List<PublicityForm> forms = List.of();

    FormsViewModel(CatalogService catalog, SettingsService settings, SubmissionService submissions,
                   ObjectProperty<ReportingPeriod> period, UiContext ui) {
        this.catalog = catalog;
        this.settings = settings;
        this.submissions = submissions;
        this.period = period;
        this.ui = ui;
    }

    void load() {
        ui.runner().task(p -> new Catalogue(catalog.units(), catalog.forms(), defaultFolder())).onSuccess(c -> {
            forms = c.forms();
            units.setAll(c.units().stream().filter(Unit::active).map(UnitChoice::new).toList());
            if (folder.get() == null || folder.get().isBlank()) {
                folder.set(c.folder().toString());
            }
        }).start();
    }

    private record Catalogue(List<Unit> units, List<PublicityForm> forms, Path folder) {
    }

    /** Documents (or the home folder) / "Biểu mẫu thu thập số liệu": where a clerk looks for files. */
    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve(Messages.get("collect.forms.defaultFolder"));
    }

    public void selectAll(boolean selected) {
        units.forEach(u -> u.selectedProperty().set(selected));
    }

    /** Writes the forms into the folder typed or chosen; a problem (no unit ticked, no folder) is said in the result line. */
    public void generate() {
        ReportingPeriod p = period.get();
        String typed = folder.get() == null ? "" : folder.get().strip();
        List<Unit> chosen = units.stream().filter(u -> u.selectedProperty().get()).map(UnitChoice::unit).toList();
        if (typed.isEmpty()) {
            result.set(Messages.get("collect.forms.noFolder"));
            return;
        }
        if (!oneForAll.get() && chosen.isEmpty()) {
            result.set(Messages.get("collect.forms.noUnit"));
            return;
        }
        Path target = Path.of(typed);
        List<Unit> targets = oneForAll.get() ? java.util.Collections.singletonList(null) : chosen;
        List<Unit> all = units.stream().map(UnitChoice::unit).toList();
        busy.set(true);
        result.set("");
        ui.runner().task(progress -> {
                    Files.createDirectories(target);
                    if (!Files.isWritable(target)) {
                        throw new AppException("collect.forms.folderNotWritable", target);
                    }
                    CutoffRule rule = settings.reporting().cutoffRule();
                    UnitFormSpec base = new UnitFormSpec(commune(), focalOffice(all), null, p, p.from(rule), p.to(rule),
                            submissions.deadline(p), forms, all, UnitFormSpec.DEFAULT_ROWS);
                    List<Path> written = new ArrayList<>();
                    for (Unit unit : targets) {
                        if (progress.isCancelled()) {
                            return new Generated(target, written, targets.size(), true);
                        }
                        progress.message(unit == null ? Messages.get("collect.forms.allUnits") : unit.name());
                        Path file = target.resolve(UnitFormTexts.fileName(p, unit == null ? null : unit.name()));
                        UnitFormWriter.write(base.forUnit(unit), file);
                        written.add(file);
                        progress.update(written.size(), targets.size());
                    }
                    return new Generated(target, written, targets.size(), false);
                })
                .title(Messages.get("collect.forms.running"))
                .cancellable()
                .onSuccess(this::done)
                .onCancelled(() -> result.set(Messages.get("collect.forms.cancelled")))
                .onFailure(error -> result.set(vn.cchcdesk.ui.common.ErrorMessages.describe(error)))
                .onFinished(() -> busy.set(false))
                .start();
    }

    private void done(Generated g) {
        String count = Formats.integer(g.files().size());
        result.set(g.cancelled() ? Messages.get("collect.forms.stopped", count, Formats.integer(g.planned()), g.folder())
                : Messages.get("collect.forms.done", count, g.folder()));
        ui.say(Messages.get("collect.forms.doneShort", count));
    }

    private String commune() {
        CommuneSettings commune = settings.communeOrBlank();
        return commune.communeName() == null || commune.communeName().isEmpty() ? Messages.get("collect.forms.communeUnknown")
                : commune.communeName();
    }

    /** The office the units send to: the unit whose short name is the drafting unit of the settings (VHXH). */
    private String focalOffice(List<Unit> all) {
        String abbr = settings.communeOrBlank().draftingUnitAbbr();
        return all.stream().filter(u -> abbr != null && abbr.equalsIgnoreCase(u.shortName())).map(Unit::name).findFirst()
                .orElse(Messages.get("collect.forms.focalOfficeDefault"));
    }

    public ObservableList<UnitChoice> units() {
        return units;
    }

    public BooleanProperty oneForAllProperty() {
        return oneForAll;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
