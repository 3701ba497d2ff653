package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.backup.BackupInfo;
import vn.cchcdesk.store.backup.BackupKind;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.ShellTestSupport;

/** Pending migrations: a backup first, then all or nothing. */
class MigrationSafetyTest {

    private static final List<String> BROKEN = List.of("classpath:db/migration", "classpath:db/broken-migration");
    private static final List<String> EXTRA = List.of("classpath:db/migration", "classpath:db/extra-migration");

    @TempDir
    Path dir;

    @Test
    void aFailingMigrationLeavesThePreviousDatabaseUntouchedWithABackupBeside() {
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            Records.plans(app, 1, 2);
        }
        assertThatThrownBy(() -> App.open(dir, ShellTestSupport.CLOCK, BROKEN))
                .isInstanceOf(AppException.class)
                .satisfies(e -> {
                    AppException app = (AppException) e;
                    assertThat(app.messageKey()).isEqualTo("data.migrationFailed");
                    assertThat(Messages.get(app.messageKey(), app.args())).contains("vẫn giữ nguyên", "backups");
                });
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            assertThat(app.database().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(2);
            assertThat(app.database().dsl().meta().getTables()).extracting(t -> t.getName().toLowerCase())
                    .doesNotContain("trust_probe");
            assertThat(DOCUMENT.field("PROBE_NOTE")).isNull();
            assertThat(app.database().dsl().fetchValue("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'DOCUMENT' AND COLUMN_NAME = 'PROBE_NOTE'")).isEqualTo(0L);
            assertThat(app.database().dsl().fetchValue("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\""))
                    .isEqualTo(0L);
            List<BackupInfo> backups = app.backups().list();
            assertThat(backups).singleElement().satisfies(b -> {
                assertThat(b.manifest().kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
                assertThat(b.manifest().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
                assertThat(b.manifest().count("documents")).isEqualTo(2);
            });
        }
        assertThat(dir.resolve("cchc-desk.migrating.mv.db")).doesNotExist();
    }

    @Test
    void aSuccessfulMigrationKeepsTheDataAndLeavesTheBackupOfTheOldSchema() {
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            Records.plans(app, 1, 3);
        }
        try (App app = App.open(dir, ShellTestSupport.CLOCK, EXTRA)) {
            assertThat(app.database().schemaVersion()).isEqualTo("51");
            assertThat(app.database().dsl().fetchCount(DOCUMENT)).isEqualTo(3);
            assertThat(app.backups().list()).singleElement()
                    .satisfies(b -> assertThat(b.manifest().schemaVersion()).isEqualTo(ShippedSchema.VERSION));
        }
        // opening again migrates nothing and takes no further backup
        try (App app = App.open(dir, ShellTestSupport.CLOCK, EXTRA)) {
            assertThat(app.backups().list()).hasSize(1);
        }
    }

    @Test
    void aNewFolderNeedsNoBackupAndAFailureThereLeavesNoHalfBuiltFile() {
        assertThatThrownBy(() -> App.open(dir, ShellTestSupport.CLOCK, BROKEN))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("data.migrationFailed");
        assertThat(dir.resolve("cchc-desk.mv.db")).doesNotExist();
        try (App app = App.open(dir, ShellTestSupport.CLOCK)) {
            assertThat(app.database().schemaVersion()).isEqualTo(ShippedSchema.VERSION);
            assertThat(app.backups().list()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("backups"))).isTrue();
    }
}
