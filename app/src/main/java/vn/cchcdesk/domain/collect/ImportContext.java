package vn.cchcdesk.domain.collect;

import java.time.LocalDate;
import java.util.List;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.domain.period.ReportingPeriod;

/**
 * What checking an imported sheet needs to know: the catalogue to match units and forms against,
 * the unit whose numbers these are (for rows that name none), the period they are for (dates
 * outside it are flagged), and today (dates far ahead are slips).
 *
 * @param defaultUnitId null when every row must name its unit
 * @param period        null when the file is not for one period
 * @param mapping       the clerk's column mapping, or null to recognise the headers
 */
public record ImportContext(List<Unit> units, List<PublicityForm> forms, Long defaultUnitId, ReportingPeriod period,
                            CutoffRule cutoffRule, LocalDate today, ColumnMapping mapping) {

    public ImportContext {
        units = List.copyOf(units);
        forms = List.copyOf(forms);
    }

    public ImportContext withMapping(ColumnMapping newMapping) {
        return new ImportContext(units, forms, defaultUnitId, period, cutoffRule, today, newMapping);
    }

    public ImportContext withDefaultUnit(Long unitId) {
        return new ImportContext(units, forms, unitId, period, cutoffRule, today, mapping);
    }

    public ImportContext withPeriod(ReportingPeriod newPeriod) {
        return new ImportContext(units, forms, defaultUnitId, newPeriod, cutoffRule, today, mapping);
    }
}
