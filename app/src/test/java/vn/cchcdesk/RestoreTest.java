package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;
import static vn.cchcdesk.store.jooq.Tables.UNIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.store.backup.BackupKind;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.store.backup.PendingRestore;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.ShellTestSupport;

/** Restoring: the backup's data comes back, the current data is saved first, old schemas migrate. */
class RestoreTest {

    @TempDir
    Path dir;

    @Test
    void restoreBringsBackTheBackupAfterSavingTheCurrentData() {
        Path data = dir.resolve("data");
        Path backup;
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            Records.plans(app, 1, 2);
            backup = app.backups().backupTo(usb()).file();
            Records.plans(app, 3, 5);
        }
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.backups().inspect(backup).manifest().count("documents")).isEqualTo(2);
            assertThat(app.backups().currentCounts()).containsEntry("documents", 5L);
            BackupService.Written saved = app.backups().stageRestore(backup);
            assertThat(saved.manifest().kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
            assertThat(saved.manifest().count("documents")).isEqualTo(5);
        }
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(2);
            assertThat(app.settings().commune()).isPresent();
        }
        assertThat(PendingRestore.isPending(DataFolder.prepare(data))).isFalse();
        assertThat(data.toFile().list()).doesNotContain("restore-pending.zip", "restore-previous.db", "restore-incoming.db");
    }

    @Test
    void aBackupFromAnOlderSchemaIsMigratedWhenRestored() throws Exception {
        Path old = dir.resolve("old");
        Path backup = olderSchemaBackup(old);
        Path data = dir.resolve("data");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.backups().inspect(backup).manifest().schemaVersion()).isEqualTo("1");
            app.backups().stageRestore(backup);
        }
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.database().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
            assertThat(app.database().dsl().fetchValue(DOCUMENT.SUMMARY, DOCUMENT.ID.eq(1L))).isEqualTo("Kế hoạch từ phiên bản cũ");
            assertThat(app.database().dsl().fetchCount(UNIT)).isGreaterThanOrEqualTo(12); // V2's reference data
            assertThat(app.backups().list()).extracting(b -> b.manifest().kind())
                    .contains(BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_MIGRATION);
        }
    }

    @Test
    void aBackupFromANewerVersionIsRefusedAndCannotReplaceTheData() {
        Path newer = dir.resolve("newer");
        Path backup;
        try (App app = App.open(newer, ShellTestSupport.CLOCK, List.of("classpath:db/migration", "classpath:db/extra-migration"))) {
            backup = app.backups().backupTo(usb()).file();
        }
        Path data = dir.resolve("data");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            assertThatThrownBy(() -> app.backups().stageRestore(backup))
                    .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.newerSchema");
        }
        // even staged behind the app's back, it does not open, and the previous data comes back
        PendingRestore.stage(DataFolder.prepare(data), backup, dir.resolve("saved.zip"));
        assertThatThrownBy(() -> App.open(data, ShellTestSupport.CLOCK))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("backup.restoreDidNotOpen");
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.database().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
            assertThat(app.settings().commune()).isPresent();
        }
    }

    @Test
    void aDamagedDatabaseIsReplacedByABackupAndKeptAsAFile() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            Records.plans(app, 1, 1);
            backup = app.backups().backupNow().file();
        }
        Files.write(data.resolve("cchc-desk.mv.db"), "hỏng".repeat(1000).getBytes());
        assertThatThrownBy(() -> App.open(data, ShellTestSupport.CLOCK))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("data.databaseDamaged");
        BackupService.stageRestoreOfUnopenedFolder(DataFolder.prepare(data), backup);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(1);
        }
        assertThat(data.resolve("backups").toFile().list((d, name) -> name.endsWith("_thay-the.mv.db"))).hasSize(1);
    }

    @Test
    void storedFilesTravelWithTheBackupAndComeBackWhereMissing() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        byte[] content = "công văn đã quét".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (App app = App.open(data, ShellTestSupport.CLOCK)) {
            Files.createDirectories(data.resolve("attachments/ab"));
            Files.write(data.resolve("attachments/ab/ab12cd"), content);
            Files.createDirectories(data.resolve("attachments/.incoming"));
            Files.write(data.resolve("attachments/.incoming/half-copied"), new byte[10]);
            backup = app.backups().backupTo(usb()).file();
            assertThat(app.backups().inspect(backup).manifest().attachments().count()).isEqualTo(1);
            assertThat(app.backups().inspect(backup).manifest().attachments().bytes()).isEqualTo(content.length);
        }
        Path fresh = dir.resolve("fresh");
        try (App app = App.open(fresh, ShellTestSupport.CLOCK)) {
            app.backups().stageRestore(backup);
        }
        App.open(fresh, ShellTestSupport.CLOCK).close();
        assertThat(Files.readAllBytes(fresh.resolve("attachments/ab/ab12cd"))).isEqualTo(content);
        assertThat(fresh.resolve("attachments/.incoming/half-copied")).doesNotExist();
    }

    private Path usb() {
        try {
            return Files.createDirectories(dir.resolve("usb"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A data folder as version 1 of the schema left it, with one plan typed in, and its backup. */
    private Path olderSchemaBackup(Path folder) throws Exception {
        DataFolder old = DataFolder.prepare(folder);
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + old.databaseBase(), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO app_settings (commune_name, province_name, place_name, signer_title, signer_name)"
                        + " VALUES ('xã Định Tân', 'tỉnh Thanh Hóa', 'Định Tân', 'CHỦ TỊCH', 'Thiều Sỹ Hưng')");
                s.execute("INSERT INTO document (id, direction, doc_type, summary) VALUES (1, 'OUT', 'KE_HOACH', 'Kế hoạch từ phiên bản cũ')");
            }
            return BackupService.beforeMigration(old, pool, "0.0.1", ShellTestSupport.CLOCK).file();
        } finally {
            pool.dispose();
        }
    }
}
