package vn.cchcdesk.store.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.SubmissionStatus;
import vn.cchcdesk.domain.collect.UnitSubmission;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.attachment.StagedFile;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.catalog.UnitRepository;
import vn.cchcdesk.store.settings.SettingsRepository;

/**
 * The submissions board: for a period, which unit has sent its numbers and when, against the
 * internal deadline (the unit deadline day of the period's last month, a setting). An import for
 * a unit and period records its submission; the clerk can also mark one by hand (numbers that
 * came on paper or by Zalo) or take a mark back. Each change is one transaction with its audit line.
 */
public final class SubmissionService {

    private static final String ENTITY = "unit_submission";

    private final DSLContext dsl;
    private final SubmissionRepository submissions;
    private final ImportBatchRepository batches;
    private final UnitRepository units;
    private final SettingsRepository settings;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final Clock clock;

    public SubmissionService(DSLContext dsl, SubmissionRepository submissions, ImportBatchRepository batches,
                             UnitRepository units, SettingsRepository settings, AttachmentStore attachments, AuditLog audit,
                             Clock clock) {
        this.dsl = dsl;
        this.attachments = attachments;
        this.submissions = submissions;
        this.batches = batches;
        this.units = units;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The internal deadline of a period: units send their numbers by this day. */
    public LocalDate deadline(ReportingPeriod period) {
        return period.lastMonth().atDay(settings.reporting().unitDeadlineDay());
    }

    /** Every active unit (and any inactive one that sent something), in the catalogue's order. */
    public List<SubmissionStatus> board(ReportingPeriod period) {
        LocalDate deadline = deadline(period);
        LocalDate today = LocalDate.now(clock);
        Map<Long, UnitSubmission> byUnit = submissions.ofPeriod(period.code()).stream()
                .collect(Collectors.toMap(UnitSubmission::unitId, Function.identity(), (a, b) -> a));
        Map<Long, ImportBatchRepository.UnitTotals> totals = batches.totalsByUnit(period.code());
        List<SubmissionStatus> board = new ArrayList<>();
        for (Unit unit : units.findAll()) {
            UnitSubmission s = byUnit.get(unit.id());
            if (!unit.active() && s == null) {
                continue;
            }
            ImportBatchRepository.UnitTotals t = totals.get(unit.id());
            board.add(new SubmissionStatus(unit, s, deadline,
                    SubmissionStatus.state(s == null ? null : s.receivedOn(), deadline, today),
                    t == null ? 0 : t.rows(), t == null ? null : t.lastFile()));
        }
        return board;
    }

    /** Marks a unit's numbers for a period received on a day (changes the day and notes of an existing mark). */
    public UnitSubmission markReceived(ReportingPeriod period, long unitId, LocalDate receivedOn, String notes) {
        return markReceived(period, unitId, receivedOn, notes, null);
    }

    /**
     * The same, keeping the file that came (a scan, a spreadsheet sent by Zalo) in the data folder;
     * it replaces the file the mark had, which leaves the disk when nothing else needs it.
     *
     * @param file null to keep the file the mark has
     */
    public UnitSubmission markReceived(ReportingPeriod period, long unitId, LocalDate receivedOn, String notes, Path file) {
        if (receivedOn == null) {
            throw new AppException("collect.submission.dateRequired");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new AppException("collect.submission.dateInFuture");
        }
        String cleanNotes = VietnameseText.cleanOrNull(notes);
        StagedFile staged = file == null ? null : attachments.stage(file);
        try {
            return attachments.withFiles(files -> save(period, unitId, receivedOn, cleanNotes, staged, files));
        } finally {
            if (staged != null) {
                staged.discard();
            }
        }
    }

    private UnitSubmission save(ReportingPeriod period, long unitId, LocalDate receivedOn, String cleanNotes,
                                StagedFile staged, AttachmentStore.Batch files) {
        if (units.findById(unitId).isEmpty()) {
            throw new AppException("collect.submission.unknownUnit");
        }
        var existing = submissions.find(period.code(), unitId);
        Long kept = staged == null ? null : files.keep(staged);
        if (existing.isEmpty()) {
            UnitSubmission saved = submissions.insert(new UnitSubmission(null, period.code(), unitId, receivedOn, kept,
                    null, cleanNotes));
            audit.record(ENTITY, saved.id(), AuditLog.Action.CREATE, null, saved);
            return saved;
        }
        UnitSubmission before = existing.get();
        UnitSubmission after = new UnitSubmission(before.id(), before.periodCode(), unitId, receivedOn,
                kept != null ? kept : before.attachmentId(), before.importBatchId(), cleanNotes);
        submissions.update(after);
        audit.record(ENTITY, after.id(), AuditLog.Action.UPDATE, before, after);
        if (before.attachmentId() != null && !before.attachmentId().equals(after.attachmentId())) {
            files.releaseIfUnused(before.attachmentId());
        }
        return after;
    }

    /** A copy of the file a unit sent, named for the system viewer; empty when none was kept. */
    public java.util.Optional<Path> receivedFile(SubmissionStatus line) {
        if (line.submission() == null || line.submission().attachmentId() == null) {
            return java.util.Optional.empty();
        }
        String name = line.fileName() != null ? line.fileName()
                : vn.cchcdesk.i18n.Messages.get("collect.board.fileName", line.submission().periodCode());
        return java.util.Optional.of(attachments.viewableCopy(line.submission().attachmentId(), name));
    }

    /** Takes a mark back (a unit marked by mistake). The imported activities stay. */
    public void unmark(ReportingPeriod period, long unitId) {
        attachments.withFiles(files -> {
            submissions.find(period.code(), unitId).ifPresent(before -> {
                submissions.delete(before.id());
                audit.record(ENTITY, before.id(), AuditLog.Action.DELETE, before, null);
                if (before.attachmentId() != null) {
                    files.releaseIfUnused(before.attachmentId());
                }
            });
            return null;
        });
    }
}
