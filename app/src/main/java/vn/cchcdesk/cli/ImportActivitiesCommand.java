package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportResult;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.Notice;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.intake.UnitMatcher;
import vn.cchcdesk.intake.sheet.ImportTexts;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.collect.ImportService;

/**
 * {@code import-activities FILE... [--valid-only] [--unit NAME] [--period 2026-Q2]}: checks every
 * row of every file as the screen does and prints each problem as "file:row:column: reason".
 * When any file cannot be read, or any row is invalid and --valid-only is not given, nothing is
 * written (exit 1). Otherwise all files are written in one transaction; rows imported before are
 * skipped, so running it twice doubles nothing (exit 0).
 */
public final class ImportActivitiesCommand implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(ImportActivitiesCommand.class);

    private final ImportService imports;
    private final CatalogService catalog;

    public ImportActivitiesCommand(ImportService imports, CatalogService catalog) {
        this.imports = imports;
        this.catalog = catalog;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of("--unit", "--period"), Set.of("--valid-only"));
        List<String> files = parsed.positional();
        if (files.isEmpty()) {
            throw new AppException("cli.importActivities.noFiles");
        }
        ReportingPeriod period = parsed.option("--period").map(code -> ReportingPeriod.parse(code)
                .orElseThrow(() -> new AppException("cli.importActivities.badPeriod", code))).orElse(null);
        Long unitId = parsed.option("--unit").map(this::unit).orElse(null);
        boolean validOnly = parsed.flag("--valid-only");

        List<ImportPreview> previews = new ArrayList<>();
        boolean unreadable = false;
        long invalid = 0;
        for (String file : files) {
            try {
                ImportPreview preview = imports.preview(Path.of(file), ImportRequest.of(unitId, period), ImportProgress.none());
                print(preview, out);
                previews.add(preview);
                invalid += preview.invalid();
            } catch (AppException e) {
                LOG.info("import-activities: {} not read: {}", file, e.getMessage(), e);
                out.out().println(Messages.get("cli.importActivities.fileFailed", file, Messages.get(e.messageKey(), e.args())));
                unreadable = true;
            }
        }
        if (unreadable) {
            out.out().println(Messages.get("cli.importActivities.nothingWrittenUnreadable"));
            return FAILED;
        }
        if (invalid > 0 && !validOnly) {
            out.out().println(Messages.get("cli.importActivities.nothingWrittenInvalid", Formats.integer(invalid)));
            return FAILED;
        }
        for (ImportResult r : imports.commitAll(previews, validOnly)) {
            out.out().println(Messages.get("cli.importActivities.written", r.fileName(), Formats.integer(r.imported()),
                    Formats.integer(r.skippedExisting()), Formats.integer(r.skippedInvalid())));
        }
        return OK;
    }

    private void print(ImportPreview preview, CliOutput out) {
        String name = preview.sheet().file().name();
        out.out().println(Messages.get("cli.importActivities.summary", name, preview.sheet().sheetName(),
                Formats.integer(preview.rows().size()), Formats.integer(preview.valid()), Formats.integer(preview.invalid()),
                Formats.integer(preview.alreadyImported())));
        for (Notice n : preview.sheet().notices()) {
            out.out().println("  " + ImportTexts.notice(n));
        }
        if (preview.earlier() != null) {
            out.out().println("  " + Messages.get("collect.notice.sameFile", Formats.date(preview.earlier().importedAt().toLocalDate()),
                    Formats.integer(preview.earlier().rowCount())));
        }
        for (ImportRow row : preview.rows()) {
            for (RowProblem p : row.problems()) {
                if (p.messageKey().equals("collect.row.alreadyImported")) {
                    continue;
                }
                String column = p.column() < 0 ? "" : p.columnLetter();
                out.out().println(Messages.get(p.isError() ? "cli.importActivities.error" : "cli.importActivities.warning",
                        name, p.row(), column, ImportTexts.where(p), ImportTexts.reason(p)));
            }
        }
    }

    /** The unit --unit names, matched like the units of a directive (short names, accents optional). */
    private Long unit(String written) {
        List<Unit> units = catalog.units();
        return new UnitMatcher(units).match(written)
                .filter(m -> m.confidence() >= 0.95)
                .map(m -> m.unit().id())
                .orElseThrow(() -> new AppException("cli.importActivities.unknownUnit", written));
    }
}
