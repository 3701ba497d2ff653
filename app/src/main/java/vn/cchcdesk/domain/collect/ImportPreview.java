package vn.cchcdesk.domain.collect;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import vn.cchcdesk.domain.period.ReportingPeriod;

/**
 * A file read and checked, rows already imported before marked, nothing written yet: what the
 * clerk confirms or sends back.
 *
 * @param unitId       the unit whose submission the import records, or null (rows of several units)
 * @param period       the period the submission is for, or null
 * @param earlier      an earlier import of the very same file, or null
 */
public record ImportPreview(Path file, ImportRequest request, ParsedSheet sheet, Long unitId, ReportingPeriod period,
                            EarlierImport earlier) {

    /** When the same file (same SHA-256) was imported before, and how many rows it brought. */
    public record EarlierImport(LocalDateTime importedAt, int rowCount) {
    }

    public List<ImportRow> rows() {
        return sheet.rows();
    }

    public long valid() {
        return sheet.count(ImportRow.Status.VALID);
    }

    public long invalid() {
        return sheet.count(ImportRow.Status.INVALID);
    }

    public long alreadyImported() {
        return sheet.count(ImportRow.Status.ALREADY_IMPORTED);
    }
}
