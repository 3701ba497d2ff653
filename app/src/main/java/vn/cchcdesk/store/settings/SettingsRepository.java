package vn.cchcdesk.store.settings;

import static vn.cchcdesk.store.jooq.Tables.APP_SETTINGS;
import static vn.cchcdesk.store.jooq.Tables.REPORTING_SETTINGS;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.settings.ReportingSettings;
import vn.cchcdesk.store.jooq.tables.records.AppSettingsRecord;

/** The single rows of settings. Writes only inside a service transaction. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Empty until the first-start setup has run. */
    public Optional<CommuneSettings> commune() {
        return dsl.selectFrom(APP_SETTINGS).fetchOptional(r -> new CommuneSettings(r.getCommuneName(), r.getProvinceName(),
                r.getPlaceName(), r.getIssuerAbbr(), r.getDraftingUnitAbbr(), r.getSignerCapacity(), r.getSignerTitle(),
                r.getSignerName(), r.getPreparerName()));
    }

    public void saveCommune(CommuneSettings s) {
        AppSettingsRecord record = dsl.fetchOptional(APP_SETTINGS).orElseGet(() -> dsl.newRecord(APP_SETTINGS));
        record.setId(1);
        record.setCommuneName(s.communeName());
        record.setProvinceName(s.provinceName());
        record.setPlaceName(s.placeName());
        record.setIssuerAbbr(s.issuerAbbr());
        record.setDraftingUnitAbbr(s.draftingUnitAbbr());
        record.setSignerCapacity(s.signerCapacity());
        record.setSignerTitle(s.signerTitle());
        record.setSignerName(s.signerName());
        record.setPreparerName(s.preparerName());
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
    }

    public ReportingSettings reporting() {
        return dsl.selectFrom(REPORTING_SETTINGS).fetchOptional(r -> new ReportingSettings(
                        CutoffRule.valueOf(r.getCutoffRule()), r.getUnitDeadlineDay(), r.getCommuneReportWorkingDays()))
                .orElse(ReportingSettings.defaults());
    }

    public void saveReporting(ReportingSettings s) {
        dsl.update(REPORTING_SETTINGS)
                .set(REPORTING_SETTINGS.CUTOFF_RULE, s.cutoffRule().name())
                .set(REPORTING_SETTINGS.UNIT_DEADLINE_DAY, s.unitDeadlineDay())
                .set(REPORTING_SETTINGS.COMMUNE_REPORT_WORKING_DAYS, s.communeReportWorkingDays())
                .where(REPORTING_SETTINGS.ID.eq(1))
                .execute();
    }
}
