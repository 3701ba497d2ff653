package vn.cchcdesk.store.settings;

import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.store.audit.AuditLog;

/** Reads and saves the settings, validated, each save one transaction with its audit line. */
public final class SettingsService {

    private final DSLContext dsl;
    private final SettingsRepository repository;
    private final AuditLog audit;

    public SettingsService(DSLContext dsl, SettingsRepository repository, AuditLog audit) {
        this.dsl = dsl;
        this.repository = repository;
        this.audit = audit;
    }

    /** Empty on a new data folder: the first-start setup has not run. */
    public Optional<CommuneSettings> commune() {
        return repository.commune();
    }

    public CommuneSettings communeOrBlank() {
        return repository.commune().orElseGet(CommuneSettings::blank);
    }

    public ReportingSettings reporting() {
        return repository.reporting();
    }

    /** Saves both kinds of settings in one transaction: both or neither. */
    public void saveAll(CommuneSettings commune, ReportingSettings reporting) {
        var problems = new java.util.ArrayList<>(commune.validate());
        problems.addAll(reporting.validate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        dsl.transaction(() -> {
            CommuneSettings communeBefore = repository.commune().orElse(null);
            repository.saveCommune(commune);
            audit.record("app_settings", 1, communeBefore == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                    communeBefore, commune);
            ReportingSettings reportingBefore = repository.reporting();
            repository.saveReporting(reporting);
            audit.record("reporting_settings", 1, AuditLog.Action.UPDATE, reportingBefore, reporting);
        });
    }

    public void saveCommune(CommuneSettings settings) {
        var problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        dsl.transaction(() -> {
            CommuneSettings before = repository.commune().orElse(null);
            repository.saveCommune(settings);
            audit.record("app_settings", 1, before == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE, before, settings);
        });
    }

    public void saveReporting(ReportingSettings settings) {
        var problems = settings.validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        dsl.transaction(() -> {
            ReportingSettings before = repository.reporting();
            repository.saveReporting(settings);
            audit.record("reporting_settings", 1, AuditLog.Action.UPDATE, before, settings);
        });
    }
}
