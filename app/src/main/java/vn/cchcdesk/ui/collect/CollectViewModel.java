package vn.cchcdesk.ui.collect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.unitform.UnitFormTexts;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.collect.ImportService;
import vn.cchcdesk.store.collect.SubmissionService;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.FileViewer;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Thu thập số liệu: the period the clerk collects for, shared by the three steps (forms sent to
 * the units, files imported back, the board of who has sent). Picking a period reloads the board.
 */
public final class CollectViewModel {

    private final UiContext ui;
    private final SettingsService settings;
    private final SubmissionService submissions;
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodInfo = new ReadOnlyStringWrapper("");
    private final FormsViewModel forms;
    private final ImportViewModel imports;
    private final BoardViewModel board;
    private CutoffRule rule = CutoffRule.DECREE_09;

    public CollectViewModel(CatalogService catalog, SettingsService settings, ImportService importService,
                            SubmissionService submissions, FileViewer viewer, UiContext ui) {
        this.ui = ui;
        this.settings = settings;
        this.submissions = submissions;
        this.forms = new FormsViewModel(catalog, settings, submissions, period, ui);
        this.imports = new ImportViewModel(importService, catalog, period, ui);
        this.board = new BoardViewModel(submissions, viewer, period, ui);
        imports.setOnImported(board::load);
        period.addListener((obs, old, p) -> {
            describe();
            board.load();
            imports.periodChanged();
        });
    }

    /** Reads the settings (the cut-off rule may have changed) and reloads; first show picks today's quarter. */
    public void load() {
        ui.runner().task(p -> settings.reporting().cutoffRule()).onSuccess(loaded -> {
            rule = loaded;
            LocalDate today = LocalDate.now(ui.clock());
            List<ReportingPeriod> all = new ArrayList<>(ReportingPeriod.allOf(today.getYear()));
            all.addAll(ReportingPeriod.allOf(today.getYear() - 1));
            periods.setAll(all);
            forms.load();
            if (period.get() == null) {
                period.set(ReportingPeriod.quarterOf(today, rule));
            } else {
                describe();
                board.load();
            }
        }).start();
    }

    private void describe() {
        ReportingPeriod p = period.get();
        if (p == null) {
            periodInfo.set("");
            return;
        }
        CutoffRule cut = rule;
        ui.runner().task(work -> Messages.get("collect.screen.periodInfo", Formats.date(p.from(cut)), Formats.date(p.to(cut)),
                Formats.date(submissions.deadline(p)))).onSuccess(periodInfo::set).start();
    }

    public static String label(ReportingPeriod p) {
        return p == null ? "" : UnitFormTexts.periodLabel(p);
    }

    public ObservableList<ReportingPeriod> periods() {
        return periods;
    }

    public ObjectProperty<ReportingPeriod> periodProperty() {
        return period;
    }

    public ReadOnlyStringProperty periodInfoProperty() {
        return periodInfo.getReadOnlyProperty();
    }

    public CutoffRule cutoffRule() {
        return rule;
    }

    public FormsViewModel forms() {
        return forms;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public BoardViewModel board() {
        return board;
    }
}
