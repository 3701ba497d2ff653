package vn.cchcdesk.store;

import vn.cchcdesk.ShippedSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.EXTERNAL_BODY;
import static vn.cchcdesk.store.jooq.Tables.PUBLICITY_FORM;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.text.VietnameseText;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewFolderGetsTheWholeSchemaAndTheReferenceData() {
        try (TestDatabase db = TestDatabase.in(dir)) {
            assertThat(db.database().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
            assertThat(Files.exists(db.folder().databaseFile())).isTrue();
            assertThat(db.dsl().fetchCount(UNIT)).isGreaterThanOrEqualTo(12);
            assertThat(db.dsl().fetchCount(PUBLICITY_FORM)).isGreaterThanOrEqualTo(12);
            assertThat(db.dsl().fetchCount(EXTERNAL_BODY)).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theFoldedNamesShippedInSqlAreWhatTheJavaFoldingComputes() {
        try (TestDatabase db = TestDatabase.in(dir)) {
            db.dsl().selectFrom(UNIT).forEach(r -> assertThat(r.getNameFolded()).isEqualTo(VietnameseText.fold(r.getName())));
            db.dsl().selectFrom(PUBLICITY_FORM).forEach(r -> assertThat(r.getNameFolded()).isEqualTo(VietnameseText.fold(r.getName())));
            db.dsl().selectFrom(EXTERNAL_BODY).forEach(r -> assertThat(r.getNameFolded()).isEqualTo(VietnameseText.fold(r.getName())));
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateTwice() {
        try (TestDatabase db = TestDatabase.in(dir)) {
            db.dsl().transaction(() -> db.dsl().update(UNIT).set(UNIT.SORT_ORDER, 999).where(UNIT.SHORT_NAME.eq("VHXH")).execute());
        }
        try (TestDatabase db = TestDatabase.in(dir)) {
            assertThat(db.dsl().fetchValue(UNIT.SORT_ORDER, UNIT.SHORT_NAME.eq("VHXH"))).isEqualTo(999);
            assertThat(db.database().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
        }
        // H2 writes a trace file only when something went wrong, e.g. a connection used after shutdown
        assertThat(dir.resolve("cchc-desk.trace.db")).doesNotExist();
    }

    @Test
    void aFailedStatementInsideATransactionLeavesNothingBehind() {
        try (TestDatabase db = TestDatabase.in(dir)) {
            int before = db.dsl().fetchCount(UNIT);
            assertThatThrownBy(() -> db.dsl().transaction(() -> {
                db.dsl().insertInto(UNIT, UNIT.NAME, UNIT.NAME_FOLDED, UNIT.KIND).values("Thôn 1", "thon 1", "VILLAGE").execute();
                db.dsl().insertInto(UNIT, UNIT.NAME, UNIT.NAME_FOLDED, UNIT.KIND).values("Thôn 2", "thon 2", "NOT_A_KIND").execute();
            })).isInstanceOf(DataAccessException.class);
            assertThat(db.dsl().fetchCount(UNIT)).isEqualTo(before);
        }
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearMessage() throws Exception {
        DataFolder folder = DataFolder.prepare(dir);
        Files.writeString(folder.databaseFile(), "đây không phải cơ sở dữ liệu".repeat(200));
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("data.databaseDamaged");
    }

    @Test
    void theDataFolderRefusesAFileAndPathsThatEscapeIt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataFolder.prepare(file))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("data.folder.notFolder");
        DataFolder folder = DataFolder.prepare(dir.resolve("data"));
        assertThat(folder.resolveInside("attachments/ab/abc").startsWith(folder.root())).isTrue();
        assertThatThrownBy(() -> folder.resolveInside("../../etc/passwd")).isInstanceOf(AppException.class);
    }

    @Test
    void oneProcessPerDataFolder() {
        DataFolder folder = DataFolder.prepare(dir);
        try (InstanceLock first = InstanceLock.acquire(folder)) {
            assertThatThrownBy(() -> InstanceLock.acquire(folder))
                    .isInstanceOf(AppException.class)
                    .extracting(e -> ((AppException) e).messageKey()).isEqualTo("data.locked");
        }
        InstanceLock.acquire(folder).close();
    }
}
