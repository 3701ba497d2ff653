package vn.cchcdesk.store.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.intake.sheet.Sheets.row;
import static vn.cchcdesk.store.jooq.Tables.ACTIVITY;
import static vn.cchcdesk.store.jooq.Tables.ATTACHMENT;
import static vn.cchcdesk.store.jooq.Tables.AUDIT_LOG;
import static vn.cchcdesk.store.jooq.Tables.IMPORT_BATCH;
import static vn.cchcdesk.store.jooq.Tables.UNIT_SUBMISSION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.collect.ImportPreview;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRequest;
import vn.cchcdesk.domain.collect.ImportResult;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.SubmissionStatus;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.intake.sheet.Sheets;
import vn.cchcdesk.ui.ShellTestSupport;

/** Imports through the real service and H2 file: nothing written before the commit, all or nothing, never doubled. */
class ImportServiceTest {

    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);

    @TempDir
    Path dir;
    private App app;

    @BeforeEach
    void open() {
        app = App.open(dir.resolve("data"), ShellTestSupport.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long unit(String shortName) {
        return app.catalog().units().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElseThrow().id();
    }

    private int count(org.jooq.Table<?> table) {
        return app.database().dsl().fetchCount(table);
    }

    private Path hoiNongDan(String name, int badRows) throws Exception {
        List<List<Object>> data = new java.util.ArrayList<>(List.of(
                row("02/04/2026", null, "Phát thanh", "Phát thanh về dịch vụ công trực tuyến", 2),
                row("05/04/2026", null, "Hội nghị", "Hội nghị tập huấn thủ tục hành chính", 1, null, 120, 45),
                row("07/04/2026", null, "Facebook", "Bài đăng về Đề án 06", 3)));
        for (int i = 0; i < badRows; i++) {
            data.add(row("31/04/2026", null, "Phát thanh", "Ngày sai " + i, 1));
        }
        return Sheets.xlsx(dir.resolve(name), Sheets.table(data));
    }

    private ImportPreview preview(Path file, Long unitId) {
        return app.imports().preview(file, ImportRequest.of(unitId, Q2), ImportProgress.none());
    }

    @Test
    void aPreviewWritesNothingAndTheCommitWritesEverythingInOneBatch() throws Exception {
        long hnd = unit("HND");
        ImportPreview preview = preview(hoiNongDan("hnd.xlsx", 0), hnd);
        assertThat(preview.valid()).isEqualTo(3);
        assertThat(count(ACTIVITY) + count(IMPORT_BATCH) + count(UNIT_SUBMISSION)).isZero();

        ImportResult result = app.imports().commit(preview, false);
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.submissionRecorded()).isTrue();
        assertThat(count(ACTIVITY)).isEqualTo(3);
        var batch = app.database().dsl().fetchSingle(IMPORT_BATCH);
        assertThat(batch.getFileName()).isEqualTo("hnd.xlsx");
        assertThat(batch.getSha256()).isEqualTo(preview.sheet().file().sha256()).hasSize(64);
        assertThat(batch.getUnitId()).isEqualTo(hnd);
        assertThat(batch.getPeriodCode()).isEqualTo("2026-Q2");
        assertThat(batch.getRowCount()).isEqualTo(3);
        assertThat(app.database().dsl().fetch(ACTIVITY)).allSatisfy(a -> {
            assertThat(a.getImportBatchId()).isEqualTo(batch.getId());
            assertThat(a.getImportRowKey()).hasSize(64);
            assertThat(a.getUnitId()).isEqualTo(hnd);
        });
        assertThat(app.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("activity"))).isEqualTo(3);
        assertThat(app.submissions().board(Q2)).filteredOn(s -> s.unit().id() == hnd).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SubmissionStatus.State.ON_TIME);
            assertThat(s.rowsImported()).isEqualTo(3);
            assertThat(s.fileName()).isEqualTo("hnd.xlsx");
        });
    }

    @Test
    void importingTheSameFileAgainDoublesNothing() throws Exception {
        long hnd = unit("HND");
        Path file = hoiNongDan("hnd.xlsx", 0);
        app.imports().commit(preview(file, hnd), false);

        ImportPreview again = preview(file, hnd);
        assertThat(again.earlier()).isNotNull();
        assertThat(again.earlier().rowCount()).isEqualTo(3);
        assertThat(again.rows()).extracting(ImportRow::status).containsOnly(ImportRow.Status.ALREADY_IMPORTED);
        ImportResult result = app.imports().commit(again, false);
        assertThat(result.imported()).isZero();
        assertThat(result.skippedExisting()).isEqualTo(3);
        assertThat(result.batchId()).isNull();
        assertThat(count(ACTIVITY)).isEqualTo(3);
        assertThat(count(IMPORT_BATCH)).isEqualTo(1);

        // the same rows retyped in another file (full unit name, dates as dates) are the same rows
        Path retyped = Sheets.xlsx(dir.resolve("hnd-lan-2.xlsx"), Sheets.table(List.of(
                row(LocalDate.of(2026, 4, 2), "Hội Nông dân xã", "Chương trình phát thanh (đài truyền thanh cơ sở)",
                        "Phát thanh về dịch vụ công trực tuyến", 2),
                row("20/04/2026", "HND", "Phát thanh", "Một chương trình mới", 1))));
        ImportPreview mixed = preview(retyped, null);
        assertThat(mixed.rows()).extracting(ImportRow::status)
                .containsExactly(ImportRow.Status.ALREADY_IMPORTED, ImportRow.Status.VALID);
        assertThat(app.imports().commit(mixed, false).imported()).isEqualTo(1);
        assertThat(count(ACTIVITY)).isEqualTo(4);
    }

    @Test
    void rowsMovedToTheTrashAreNotBroughtBackByImportingTheFileAgain() throws Exception {
        long hnd = unit("HND");
        Path file = hoiNongDan("hnd.xlsx", 0);
        app.imports().commit(preview(file, hnd), false);
        List<Long> thrown = app.database().dsl().select(ACTIVITY.ID).from(ACTIVITY).orderBy(ACTIVITY.ID).limit(2)
                .fetch(ACTIVITY.ID);
        assertThat(app.activities().moveToTrash(thrown)).isEqualTo(2);

        ImportPreview again = preview(file, hnd);
        assertThat(again.rows()).extracting(ImportRow::status).containsOnly(ImportRow.Status.ALREADY_IMPORTED);
        assertThat(again.rows()).extracting(r -> r.problems().get(0).messageKey()).containsExactly(
                "collect.row.alreadyImportedTrashed", "collect.row.alreadyImportedTrashed", "collect.row.alreadyImported");
        assertThat(vn.cchcdesk.i18n.Messages.get(again.rows().get(0).problems().get(0).messageKey(),
                again.rows().get(0).problems().get(0).args().toArray())).contains("đang ở thùng rác").contains("hnd.xlsx");
        ImportResult result = app.imports().commit(again, false);
        assertThat(result.imported()).isZero();
        assertThat(result.skippedExisting()).isEqualTo(3);
        assertThat(count(ACTIVITY)).isEqualTo(3);
        assertThat(count(IMPORT_BATCH)).isEqualTo(1);

        // the way back is the trash: the rows return once, not twice
        assertThat(app.activities().restore(thrown)).isEqualTo(2);
        assertThat(count(ACTIVITY)).isEqualTo(3);
        assertThat(app.database().dsl().fetchCount(ACTIVITY, ACTIVITY.DELETED_AT.isNull())).isEqualTo(3);
        assertThat(app.database().dsl().fetchCount(app.database().dsl().selectDistinct(ACTIVITY.IMPORT_ROW_KEY).from(ACTIVITY)))
                .isEqualTo(3);
        assertThat(preview(file, hnd).rows()).extracting(r -> r.problems().get(0).messageKey())
                .containsOnly("collect.row.alreadyImported");
    }

    @Test
    void invalidRowsKeepTheWholeFileOutUnlessOnlyTheValidOnesAreWanted() throws Exception {
        long hnd = unit("HND");
        ImportPreview preview = preview(hoiNongDan("hnd-loi.xlsx", 2), hnd);
        assertThat(preview.invalid()).isEqualTo(2);
        assertThatThrownBy(() -> app.imports().commit(preview, false)).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.messageKey()).isEqualTo("collect.import.invalidRows"));
        assertThat(count(ACTIVITY) + count(IMPORT_BATCH) + count(UNIT_SUBMISSION)).isZero();

        ImportResult result = app.imports().commit(preview, true);
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.skippedInvalid()).isEqualTo(2);
        assertThat(count(ACTIVITY)).isEqualTo(3);
    }

    @Test
    void aFailureInAnyFileWritesNothingOfAny() throws Exception {
        long hnd = unit("HND");
        Unit thon = app.catalog().saveUnit(new Unit(null, "Thôn Đông Hòa", null, UnitKind.VILLAGE, List.of(), 300, true));
        ImportPreview first = preview(hoiNongDan("hnd.xlsx", 0), hnd);
        ImportPreview second = preview(Sheets.xlsx(dir.resolve("thon.xlsx"), Sheets.table(List.of(
                row("03/04/2026", "Thôn Đông Hòa", "Họp thôn", "Họp thôn tuyên truyền CCHC", 1)))), null);
        assertThat(second.valid()).isEqualTo(1);
        app.catalog().deleteUnit(thon.id());

        assertThatThrownBy(() -> app.imports().commitAll(List.of(first, second), false))
                .isInstanceOf(ValidationException.class);
        assertThat(count(ACTIVITY) + count(IMPORT_BATCH) + count(UNIT_SUBMISSION)).isZero();
    }

    @Test
    void theFileAUnitSentIsKeptWithItsSubmission() throws Exception {
        long hnd = unit("HND");
        Path file = hoiNongDan("hnd.xlsx", 0);
        ImportPreview preview = preview(file, hnd);
        app.imports().commit(preview, false);
        var submission = app.database().dsl().fetchSingle(UNIT_SUBMISSION);
        assertThat(submission.getAttachmentId()).isNotNull();
        SubmissionStatus line = app.submissions().board(Q2).stream().filter(s -> s.unit().id() == hnd).findFirst().orElseThrow();
        Path copy = app.submissions().receivedFile(line).orElseThrow();
        assertThat(copy.getFileName().toString()).isEqualTo("hnd.xlsx");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));

        // a mark by hand with a scan replaces nothing it should not; taking the mark back lets the file go
        long vhxh = unit("VHXH");
        Path scan = Files.writeString(dir.resolve("bao-cao-giay.pdf"), "%PDF-1.4 scan");
        app.submissions().markReceived(Q2, vhxh, LocalDate.of(2026, 5, 18), "Bản giấy", scan);
        assertThat(count(ATTACHMENT)).isEqualTo(2);
        app.submissions().unmark(Q2, vhxh);
        assertThat(count(ATTACHMENT)).isEqualTo(1);
        assertThat(app.submissions().board(Q2)).filteredOn(s -> s.unit().id() == vhxh).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(SubmissionStatus.State.WAITING));
    }

    @Test
    void theBoardTellsWhoSentInTimeWhoLateAndWhoNot() throws Exception {
        // today is 20/05/2026; the Q1 deadline was 05/03/2026, Q2's is 05/06/2026
        ReportingPeriod q1 = ReportingPeriod.quarter(2026, 1);
        long vhxh = unit("VHXH");
        long hnd = unit("HND");
        app.submissions().markReceived(q1, vhxh, LocalDate.of(2026, 3, 5), "Gửi qua Zalo");
        app.submissions().markReceived(q1, hnd, LocalDate.of(2026, 3, 9), null);
        List<SubmissionStatus> board = app.submissions().board(q1);
        assertThat(board).extracting(s -> s.unit().shortName() + " " + s.state()).contains("VHXH ON_TIME", "HND LATE",
                "CA OVERDUE");
        assertThat(board).allSatisfy(s -> assertThat(s.deadline()).isEqualTo(LocalDate.of(2026, 3, 5)));
        assertThat(app.submissions().board(Q2)).extracting(SubmissionStatus::state).containsOnly(SubmissionStatus.State.WAITING);

        app.submissions().unmark(q1, hnd);
        assertThat(app.submissions().board(q1)).filteredOn(s -> s.unit().id() == hnd).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(SubmissionStatus.State.OVERDUE));
        assertThatThrownBy(() -> app.submissions().markReceived(q1, hnd, LocalDate.of(2026, 6, 1), null))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("collect.submission.dateInFuture"));
    }
}
