package vn.cchcdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchcdesk.store.jooq.Tables.DOCUMENT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchcdesk.App;
import vn.cchcdesk.store.backup.Records;
import vn.cchcdesk.ui.ShellTestSupport;
import vn.cchcdesk.ui.common.SyncTaskRunner;
import vn.cchcdesk.ui.common.UiContext;

class BackupViewModelTest {

    @TempDir
    Path dir;

    @Test
    void restoringThePreviewedBackupSavesTheCurrentDataAndReopens() {
        Path data = dir.resolve("data");
        List<String> said = new ArrayList<>();
        AtomicInteger reopened = new AtomicInteger();
        App app = App.open(data, ShellTestSupport.CLOCK);
        try {
            app.settings().saveCommune(ShellTestSupport.DINH_TAN);
            UiContext ui = new UiContext(new SyncTaskRunner(), ShellTestSupport.CLOCK, () -> null, said::add, id -> { },
                    reopened::incrementAndGet);
            BackupViewModel model = new BackupViewModel(app.backups(), ui);
            Records.plans(app, 1, 1);
            model.backupNow();
            assertThat(model.items()).hasSize(1);
            assertThat(said).singleElement().asString().contains("1 văn bản");
            Records.plans(app, 2, 4);

            model.preview(model.items().get(0).file());
            assertThat(model.previewTextProperty().get()).contains("1 văn bản", "Dữ liệu hiện tại: 4 văn bản");
            model.restorePreviewed();
            assertThat(reopened.get()).isEqualTo(1);
            assertThat(model.busyProperty().get()).isFalse();
        } finally {
            app.close();
        }
        try (App again = App.open(data, ShellTestSupport.CLOCK)) {
            assertThat(again.database().dsl().fetchCount(DOCUMENT)).isEqualTo(1);
            assertThat(again.backups().list()).hasSize(2);
        }
    }
}
