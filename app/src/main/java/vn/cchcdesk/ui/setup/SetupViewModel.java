package vn.cchcdesk.ui.setup;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.FieldErrors;
import vn.cchcdesk.ui.common.TaskRunner;

/** The first-start questions: which commune, which province, who signs. */
public final class SetupViewModel {

    private final SettingsService settings;
    private final TaskRunner runner;
    private final FieldErrors errors = new FieldErrors();

    private final StringProperty communeName = new SimpleStringProperty("");
    private final StringProperty provinceName = new SimpleStringProperty("");
    private final StringProperty signerCapacity = new SimpleStringProperty();
    private final StringProperty signerTitle = new SimpleStringProperty();
    private final StringProperty signerName = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();

    public SetupViewModel(SettingsService settings, TaskRunner runner) {
        this.settings = settings;
        this.runner = runner;
        CommuneSettings blank = CommuneSettings.blank();
        signerCapacity.set(blank.signerCapacity());
        signerTitle.set(blank.signerTitle());
    }

    public StringProperty communeNameProperty() {
        return communeName;
    }

    public StringProperty provinceNameProperty() {
        return provinceName;
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

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }

    CommuneSettings toSettings() {
        return new CommuneSettings(communeName.get(), provinceName.get(), null, null, null,
                signerCapacity.get(), signerTitle.get(), signerName.get(), null);
    }

    /** Validates and saves; runs onSaved once the settings are stored. */
    public void save(Runnable onSaved) {
        CommuneSettings candidate = toSettings();
        if (errors.show(candidate.validate())) {
            return;
        }
        saving.set(true);
        runner.task(p -> {
                    settings.saveCommune(candidate);
                    return candidate;
                })
                .onSuccess(saved -> onSaved.run())
                .onFailure(error -> {
                    if (!errors.showIfValidation(error)) {
                        runner.report(error);
                    }
                })
                .onFinished(() -> saving.set(false))
                .start();
    }
}
