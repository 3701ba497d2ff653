package vn.cchcdesk.ui.backup;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.backup.BackupInfo;
import vn.cchcdesk.store.backup.BackupManifest;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.store.backup.BackupText;
import vn.cchcdesk.ui.common.Columns;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/** Sao lưu: back up now or to a USB stick, the list of backups, restore with a preview. */
public final class BackupScreen implements Screen {

    private final BackupViewModel model;
    private final UiContext ui;
    private final Path backupFolder;

    public BackupScreen(BackupService backups, Path backupFolder, UiContext ui) {
        this.model = new BackupViewModel(backups, ui);
        this.ui = ui;
        this.backupFolder = backupFolder;
    }

    @Override
    public String id() {
        return "backup";
    }

    @Override
    public String titleKey() {
        return "backup.ui.nav";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignB.BACKUP_RESTORE;
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.get("backup.ui.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label(Messages.get("backup.ui.explain", backupFolder));
        explain.setWrapText(true);
        // the words stay whole on a laptop: the table below gives up the room
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        Button now = button("backupNowButton", "backup.ui.now", new FontIcon(MaterialDesignD.DATABASE_EXPORT_OUTLINE));
        now.getStyleClass().add(Styles.ACCENT);
        now.setOnAction(e -> model.backupNow());
        Button toFolder = button("backupToButton", "backup.ui.toFolder", new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        toFolder.setOnAction(e -> chooseFolder());
        Button fromFile = button("restoreFileButton", "backup.ui.fromFile", new FontIcon(MaterialDesignF.FILE_RESTORE_OUTLINE));
        fromFile.setOnAction(e -> chooseFile());
        HBox actions = new HBox(8, now, toFolder, fromFile);
        actions.disableProperty().bind(model.busyProperty());

        TableView<BackupInfo> table = new TableView<>(model.items());
        table.setId("backupTable");
        table.setPlaceholder(new Label(Messages.get("backup.ui.none")));
        table.getColumns().setAll(
                Columns.text("backup.ui.col.when", b -> BackupText.when(b.manifest())),
                Columns.text("backup.ui.col.kind", b -> BackupText.kind(b.manifest().kind())),
                Columns.text("backup.ui.col.documents", b -> Formats.integer(b.manifest().count(BackupManifest.DOCUMENTS))),
                Columns.text("backup.ui.col.tasks", b -> Formats.integer(b.manifest().count(BackupManifest.TASKS))),
                Columns.text("backup.ui.col.activities", b -> Formats.integer(b.manifest().count(BackupManifest.ACTIVITIES))),
                Columns.text("backup.ui.col.size", b -> Formats.decimal(b.sizeBytes() / 1048576.0, 1) + " MB"),
                Columns.text("backup.ui.col.file", b -> b.file().getFileName().toString()));
        Columns.weights(table, 1.2, 0.9, 0.6, 0.6, 0.6, 0.6, 3.6);
        // the counts' headers ("Nhiệm vụ", "Hoạt động", "Dung lượng") read whole; the file name gives way
        Columns.minWidths(table, 140, 110, 84, 94, 100, 108, 120);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.preview(chosen.file());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label preview = new Label();
        preview.setId("backupPreview");
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.textProperty().bind(model.previewTextProperty());
        Button restore = button("restoreButton", "backup.ui.restore", new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()));
        restore.setOnAction(e -> {
            if (Dialogs.confirm(ui.owner(), Messages.get("backup.ui.confirmTitle"), model.previewTextProperty().get(),
                    Messages.get("backup.ui.restore"))) {
                model.restorePreviewed();
            }
        });
        VBox box = new VBox(12, title, explain, actions, table, preview, restore);
        box.setPadding(new Insets(20));
        return box;
    }

    @Override
    public void onShow() {
        model.load();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("backup.ui.toFolder"));
        File folder = chooser.showDialog(ui.owner());
        if (folder != null) {
            model.backupTo(folder.toPath());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.ui.fromFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backup.ui.fileType"), "*.zip"));
        chooser.setInitialDirectory(backupFolder.toFile());
        File file = chooser.showOpenDialog(ui.owner());
        if (file != null) {
            model.preview(file.toPath());
        }
    }

    private static Button button(String id, String key, FontIcon icon) {
        Button button = new Button(Messages.get(key), icon);
        button.setId(id);
        return button;
    }
}
