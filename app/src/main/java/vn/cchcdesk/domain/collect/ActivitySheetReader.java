package vn.cchcdesk.domain.collect;

import java.nio.file.Path;

/**
 * Reads a filled unit form or any spreadsheet of activities (.xlsx, .xls, .csv) and checks every
 * row against the catalogue. Writes nothing. Implemented by intake; the store's import service
 * gets it from the composition root, so the store does not depend on file formats.
 */
public interface ActivitySheetReader {

    /**
     * @throws vn.cchcdesk.domain.AppException when the file cannot be read at all (not a
     *         spreadsheet, too large, empty, password-protected), naming the file
     * @throws java.util.concurrent.CancellationException when progress says cancelled
     */
    ParsedSheet read(Path file, ImportContext context, ImportProgress progress);
}
