package vn.cchcdesk.ui.collect;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportResult;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.intake.sheet.ImportTexts;
import vn.cchcdesk.ui.common.Progress;

/** What the import step says of a file: while it is read, in its preview, and once it is written. */
final class ImportMessages {

    private ImportMessages() {
    }

    /** The reader's notices, and a warning when the same file was imported before. */
    static List<String> notices(ImportPreview p) {
        List<String> notices = new ArrayList<>(p.sheet().notices().stream().map(ImportTexts::notice).toList());
        if (p.earlier() != null) {
            notices.add(Messages.get("collect.notice.sameFile", Formats.date(p.earlier().importedAt().toLocalDate()),
                    Formats.integer(p.earlier().rowCount())));
        }
        return notices;
    }

    static String summary(ImportPreview p) {
        return Messages.get("collect.import.summary", p.sheet().file().name(), p.sheet().sheetName(),
                Formats.integer(p.rows().size()), Formats.integer(p.valid()), Formats.integer(p.invalid()),
                Formats.integer(p.alreadyImported()));
    }

    static String confirmLabel(ImportPreview p) {
        return p.invalid() > 0 ? Messages.get("collect.import.confirmValidOnly", Formats.integer(p.valid()))
                : Messages.get("collect.import.confirm", Formats.integer(p.valid()));
    }

    static String result(ImportResult r) {
        String text = Messages.get("collect.import.done", Formats.integer(r.imported()), r.fileName(),
                Formats.integer(r.skippedExisting()), Formats.integer(r.skippedInvalid()));
        return r.submissionRecorded() ? text + " " + Messages.get("collect.import.submissionRecorded") : text;
    }

    /** The rows read so far shown on the task's progress, which can also cancel the reading. */
    static ImportProgress progress(Progress progress) {
        return new ImportProgress() {
            @Override
            public void rowsRead(long rowsRead) {
                progress.message(Messages.get("collect.import.rowsRead", Formats.integer(rowsRead)));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
