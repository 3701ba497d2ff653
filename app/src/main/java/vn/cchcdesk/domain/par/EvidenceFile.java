package vn.cchcdesk.domain.par;

import java.nio.file.Path;

/**
 * An attached file to copy into the evidence file.
 *
 * @param name   the name the clerk attached it under
 * @param source where its content lies in the data folder; null when the file has gone missing
 *               (the index says so rather than the export failing)
 */
public record EvidenceFile(String name, Path source) {
}
