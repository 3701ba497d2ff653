package vn.cchcdesk.ui.backup;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.backup.BackupInfo;
import vn.cchcdesk.store.backup.BackupManifest;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.store.backup.BackupText;
import vn.cchcdesk.ui.common.UiContext;

/**
 * Sao lưu & khôi phục: the backups in the data folder, backing up now (there or to a USB stick),
 * and restoring one after a preview of what it holds beside what the data holds now.
 */
public final class BackupViewModel {

    private final BackupService backups;
    private final UiContext ui;
    private final ObservableList<BackupInfo> items = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> preview = new SimpleObjectProperty<>();
    private final StringProperty previewText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public BackupViewModel(BackupService backups, UiContext ui) {
        this.backups = backups;
        this.ui = ui;
    }

    public void load() {
        ui.runner().task(p -> backups.list()).onSuccess(items::setAll).start();
    }

    public void backupNow() {
        run(backups::backupNow);
    }

    /** To a folder the clerk chose, e.g. a USB stick. */
    public void backupTo(Path folder) {
        run(() -> backups.backupTo(folder));
    }

    private void run(java.util.function.Supplier<BackupService.Written> work) {
        busy.set(true);
        ui.runner().task(p -> work.get())
                .title(Messages.get("backup.ui.working"))
                .onSuccess(written -> {
                    ui.say(Messages.get("backup.ui.written", written.file(), BackupText.contents(written.manifest())));
                    load();
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    /** Checks a backup fully (checksum, the database inside) and shows what it holds beside the current data. */
    public void preview(Path file) {
        busy.set(true);
        preview.set(null);
        previewText.set("");
        ui.runner().task(p -> new Preview(backups.inspect(file), backups.currentCounts()))
                .onSuccess(result -> {
                    preview.set(result.info());
                    previewText.set(describe(result.info().manifest(), result.current()));
                })
                .onFinished(() -> busy.set(false))
                .start();
    }

    private record Preview(BackupInfo info, Map<String, Long> current) {
    }

    private static String describe(BackupManifest manifest, Map<String, Long> current) {
        return BackupText.summary(manifest) + "\n" + Messages.get("backup.ui.current",
                Formats.integer(current.getOrDefault(BackupManifest.DOCUMENTS, 0L)),
                Formats.integer(current.getOrDefault(BackupManifest.TASKS, 0L)),
                Formats.integer(current.getOrDefault(BackupManifest.ACTIVITIES, 0L)))
                + "\n" + Messages.get("backup.ui.restoreWarning");
    }

    /** Restores the previewed backup: the current data is saved first, then the folder reopens with it. */
    public void restorePreviewed() {
        BackupInfo chosen = preview.get();
        if (chosen == null) {
            return;
        }
        busy.set(true);
        ui.runner().task(p -> backups.stageRestore(chosen.file()))
                .title(Messages.get("backup.ui.restoring"))
                .onSuccess(saved -> ui.reopen())
                .onFinished(() -> busy.set(false))
                .start();
    }

    public ObservableList<BackupInfo> items() {
        return items;
    }

    public ObjectProperty<BackupInfo> previewProperty() {
        return preview;
    }

    public StringProperty previewTextProperty() {
        return previewText;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
