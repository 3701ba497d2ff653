package vn.cchcdesk.store.collect;

import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ActivitySheetReader;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.ImportContext;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportResult;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.ParsedSheet;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.collect.UnitSubmission;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.store.activity.ActivityRepository;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.attachment.StagedFile;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.catalog.PublicityFormRepository;
import vn.cchcdesk.store.catalog.UnitRepository;
import vn.cchcdesk.store.settings.SettingsRepository;

/**
 * Importing the units' numbers: a preview reads and checks a file and marks the rows an earlier
 * import already brought (their row keys are in the activity table), writing nothing; the commit
 * writes the confirmed rows in one transaction with an import_batch row, the activities with
 * their batch and row keys, their audit lines and the unit's submission for the period. A commit
 * refuses a file with invalid rows unless told to take the valid ones only; rows already there
 * are skipped, so the same file imported twice doubles nothing; rows of an earlier import the
 * clerk has moved to the trash count as there too (restoring them is the way back, not re-importing).
 */
public final class ImportService {

    private final DSLContext dsl;
    private final ActivitySheetReader reader;
    private final UnitRepository units;
    private final PublicityFormRepository forms;
    private final SettingsRepository settings;
    private final ActivityRepository activities;
    private final ImportBatchRepository batches;
    private final SubmissionRepository submissions;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final Clock clock;

    public ImportService(DSLContext dsl, ActivitySheetReader reader, UnitRepository units, PublicityFormRepository forms,
                         SettingsRepository settings, ActivityRepository activities, ImportBatchRepository batches,
                         SubmissionRepository submissions, AttachmentStore attachments, AuditLog audit, Clock clock) {
        this.dsl = dsl;
        this.attachments = attachments;
        this.reader = reader;
        this.units = units;
        this.forms = forms;
        this.settings = settings;
        this.activities = activities;
        this.batches = batches;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and checks a file; nothing is written. */
    public ImportPreview preview(Path file, ImportRequest request, ImportProgress progress) {
        List<Unit> catalogue = units.findAll();
        ImportContext context = new ImportContext(catalogue, forms.findAll(), request.unitId(), request.period(),
                settings.reporting().cutoffRule(), LocalDate.now(clock), request.mapping());
        ParsedSheet sheet = reader.read(file, context, progress);
        sheet = markImported(sheet);
        ReportingPeriod period = request.period() != null ? request.period()
                : sheet.stamp() == null ? null : ReportingPeriod.parse(sheet.stamp().periodCode()).orElse(null);
        return new ImportPreview(file, request, sheet, submittingUnit(request, sheet, catalogue), period,
                batches.latestOf(sheet.file().sha256()).orElse(null));
    }

    /** The same file read again with the clerk's column mapping. */
    public ImportPreview remap(ImportPreview preview, ColumnMapping mapping, ImportProgress progress) {
        return preview(preview.file(), preview.request().withMapping(mapping), progress);
    }

    /** Writes one confirmed file: see {@link #commitAll}. */
    public ImportResult commit(ImportPreview preview, boolean validOnly) {
        return commitAll(List.of(preview), validOnly).get(0);
    }

    /**
     * Writes confirmed files in one transaction: all of them or nothing.
     *
     * @param validOnly take the valid rows and leave the invalid ones out; otherwise a file with
     *                  any invalid row is refused and nothing is written
     */
    public List<ImportResult> commitAll(List<ImportPreview> previews, boolean validOnly) {
        if (!validOnly) {
            for (ImportPreview p : previews) {
                if (p.invalid() > 0) {
                    throw new AppException("collect.import.invalidRows", p.sheet().file().name(), Formats.integer(p.invalid()));
                }
            }
        }
        // the files a submission will keep are copied in first, outside the transaction (slow disk work)
        List<StagedFile> staged = new ArrayList<>();
        try {
            for (ImportPreview p : previews) {
                staged.add(p.unitId() != null && p.period() != null ? attachments.stage(p.file()) : null);
            }
            return attachments.withFiles(batch -> {
                LocalDateTime now = LocalDateTime.now(clock);
                List<ImportResult> results = new ArrayList<>();
                for (int i = 0; i < previews.size(); i++) {
                    results.add(write(previews.get(i), staged.get(i), batch, now));
                }
                return results;
            });
        } finally {
            staged.stream().filter(Objects::nonNull).forEach(StagedFile::discard);
        }
    }

    private ImportResult write(ImportPreview p, StagedFile file, AttachmentStore.Batch batch, LocalDateTime now) {
        List<ImportRow> valid = p.rows().stream().filter(ImportRow::isValid).toList();
        // checked again inside the transaction: another import may have brought some rows since the preview
        Map<String, ImportBatchRepository.Imported> existing = batches.imported(valid.stream().map(ImportRow::rowKey).toList());
        List<ImportRow> fresh = valid.stream().filter(r -> !existing.containsKey(r.rowKey())).toList();
        checkReferences(p, fresh);
        Long batchId = null;
        if (!fresh.isEmpty()) {
            String periodCode = p.period() == null ? null : p.period().code();
            batchId = batches.insert(p.sheet().file(), p.unitId(), periodCode, fresh.size(), now);
            List<Activity> list = fresh.stream().map(ImportRow::activity).toList();
            List<Long> ids = activities.insertAll(list, now, batchId, fresh.stream().map(ImportRow::rowKey).toList());
            List<AuditLog.Line> lines = new ArrayList<>(ids.size() + 1);
            lines.add(new AuditLog.Line("import_batch", batchId, AuditLog.Action.CREATE, null,
                    Map.of("file", p.sheet().file().name(), "sha256", p.sheet().file().sha256(), "rows", fresh.size())));
            for (int i = 0; i < ids.size(); i++) {
                lines.add(new AuditLog.Line("activity", ids.get(i), AuditLog.Action.CREATE, null, list.get(i).withId(ids.get(i))));
            }
            audit.recordAll(lines);
        }
        boolean recorded = recordSubmission(p, batchId, file, batch, now.toLocalDate());
        int skippedExisting = (int) p.alreadyImported() + valid.size() - fresh.size();
        return new ImportResult(p.sheet().file().name(), batchId, fresh.size(), skippedExisting, (int) p.invalid(),
                p.unitId(), p.period() == null ? null : p.period().code(), recorded);
    }

    /**
     * The first receipt of a unit's numbers for a period is its submission, keeping the file; a
     * later import links its batch (and its file) only where the submission had none (a mark by hand).
     */
    private boolean recordSubmission(ImportPreview p, Long batchId, StagedFile file, AttachmentStore.Batch files,
                                     LocalDate today) {
        if (p.unitId() == null || p.period() == null) {
            return false;
        }
        var existing = submissions.find(p.period().code(), p.unitId());
        if (existing.isEmpty()) {
            Long attachmentId = file == null ? null : files.keep(file);
            UnitSubmission saved = submissions.insert(new UnitSubmission(null, p.period().code(), p.unitId(), today,
                    attachmentId, batchId, null));
            audit.record("unit_submission", saved.id(), AuditLog.Action.CREATE, null, saved);
            return true;
        }
        UnitSubmission before = existing.get();
        boolean linkBatch = before.importBatchId() == null && batchId != null;
        boolean keepFile = before.attachmentId() == null && file != null;
        if (linkBatch || keepFile) {
            UnitSubmission after = new UnitSubmission(before.id(), before.periodCode(), before.unitId(), before.receivedOn(),
                    keepFile ? Long.valueOf(files.keep(file)) : before.attachmentId(), linkBatch ? batchId : before.importBatchId(),
                    before.notes());
            submissions.update(after);
            audit.record("unit_submission", after.id(), AuditLog.Action.UPDATE, before, after);
        }
        return false;
    }

    /** A unit or form deleted from the catalogue since the preview: the rows name it, the clerk reads which. */
    private void checkReferences(ImportPreview p, List<ImportRow> rows) {
        Set<Long> unitIds = rows.stream().map(r -> r.activity().unitId()).collect(Collectors.toSet());
        if (p.unitId() != null) {
            unitIds.add(p.unitId());
        }
        Set<Long> formIds = rows.stream().map(r -> r.activity().formId()).collect(Collectors.toSet());
        Set<Long> knownUnits = activities.knownIds(unitIds, UNIT, UNIT.ID, DSL.trueCondition());
        Set<Long> knownForms = activities.knownIds(formIds, PUBLICITY_FORM, PUBLICITY_FORM.ID, DSL.trueCondition());
        List<Problem> problems = new ArrayList<>();
        for (ImportRow r : rows) {
            if (!knownUnits.contains(r.activity().unitId())) {
                problems.add(Problem.of("rows[" + r.rowNumber() + "].unit", "activities.validation.unknownReference", r.activity().unitId()));
            }
            if (!knownForms.contains(r.activity().formId())) {
                problems.add(Problem.of("rows[" + r.rowNumber() + "].form", "activities.validation.unknownReference", r.activity().formId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private ParsedSheet markImported(ParsedSheet sheet) {
        List<String> keys = sheet.rows().stream().map(ImportRow::rowKey).filter(Objects::nonNull).toList();
        Map<String, ImportBatchRepository.Imported> existing = batches.imported(keys);
        if (existing.isEmpty()) {
            return sheet;
        }
        List<ImportRow> rows = new ArrayList<>(sheet.rows().size());
        for (ImportRow row : sheet.rows()) {
            ImportBatchRepository.Imported before = row.rowKey() == null ? null : existing.get(row.rowKey());
            rows.add(before == null || row.status() == ImportRow.Status.INVALID ? row
                    : row.imported(new RowProblem(row.rowNumber(), -1, "", null, RowProblem.Severity.WARNING,
                            before.trashed() ? "collect.row.alreadyImportedTrashed" : "collect.row.alreadyImported",
                            List.of(Formats.date(before.importedAt().toLocalDate()), before.fileName()))));
        }
        return sheet.withRows(rows);
    }

    /**
     * Whose submission this is: the unit the clerk named, else the one the form was made for,
     * else the one unit all valid rows belong to; null for rows of several units.
     */
    private static Long submittingUnit(ImportRequest request, ParsedSheet sheet, List<Unit> catalogue) {
        if (request.unitId() != null) {
            return request.unitId();
        }
        if (sheet.stamp() != null && sheet.stamp().unitId() != null
                && catalogue.stream().anyMatch(u -> u.id().equals(sheet.stamp().unitId()))) {
            return sheet.stamp().unitId();
        }
        Set<Long> rowUnits = sheet.rows().stream().filter(r -> r.activity() != null).map(r -> r.activity().unitId())
                .collect(Collectors.toSet());
        return rowUnits.size() == 1 ? rowUnits.iterator().next() : null;
    }
}
