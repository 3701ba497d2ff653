package vn.cchcdesk.domain.collect;

import vn.cchcdesk.domain.period.ReportingPeriod;

/**
 * What the clerk says about a file being imported.
 *
 * @param unitId  whose numbers these are (rows that name no unit are theirs), or null to take it
 *                from the form or the rows
 * @param period  the period they are for, or null to take it from the form
 * @param mapping the clerk's column mapping, or null to recognise the headers
 */
public record ImportRequest(Long unitId, ReportingPeriod period, ColumnMapping mapping) {

    public static ImportRequest of(Long unitId, ReportingPeriod period) {
        return new ImportRequest(unitId, period, null);
    }

    public ImportRequest withMapping(ColumnMapping newMapping) {
        return new ImportRequest(unitId, period, newMapping);
    }
}
