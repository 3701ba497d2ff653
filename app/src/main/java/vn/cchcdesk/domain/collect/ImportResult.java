package vn.cchcdesk.domain.collect;

/**
 * What one confirmed import wrote.
 *
 * @param batchId             the import_batch row, or null when no row was new
 * @param imported            activities written
 * @param skippedExisting     rows already imported before (never doubled)
 * @param skippedInvalid      rows left out because they had errors (only when importing the valid rows)
 * @param submissionRecorded  a unit's submission for the period was recorded by this import
 */
public record ImportResult(String fileName, Long batchId, int imported, int skippedExisting, int skippedInvalid,
                           Long unitId, String periodCode, boolean submissionRecorded) {
}
