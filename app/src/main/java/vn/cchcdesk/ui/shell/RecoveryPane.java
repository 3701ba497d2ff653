package vn.cchcdesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.backup.BackupInfo;
import vn.cchcdesk.store.backup.BackupText;
import vn.cchcdesk.ui.common.ErrorMessages;

/**
 * The window when the data folder cannot be opened: what went wrong in plain Vietnamese, and the
 * ways out that fit it: restore one of the folder's backups (a damaged or unusable database),
 * choose another folder (read-only or full disk), try again (in use elsewhere). Technical details
 * stay folded away and never show a stack trace.
 */
final class RecoveryPane extends StackPane {

    private static final Set<String> RESTORE_HELPS = Set.of("data.databaseDamaged", "data.migrationFailed",
            "data.newerSchema", "backup.restoreDidNotOpen");
    private static final Set<String> FOLDER_HELPS = Set.of("data.folder.readOnly", "data.folder.full",
            "data.folder.notWritable", "data.folder.notFolder");

    /** What the buttons do; the shell opens folders and stages restores. */
    interface Actions {
        void retry();

        void chooseFolder();

        void restore(Path backup);
    }

    RecoveryPane(Throwable error, Path logs, List<BackupInfo> backups, Actions actions) {
        setId("failurePane");
        String key = error instanceof AppException app ? app.messageKey() : "";
        Label text = new Label(ErrorMessages.describe(error));
        text.setId("messageText");
        text.setWrapText(true);
        text.setMaxWidth(640);
        text.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(16, text);
        box.setMaxWidth(680);
        box.setAlignment(Pos.CENTER_LEFT);

        if (RESTORE_HELPS.contains(key)) {
            box.getChildren().add(restoreChoice(backups, actions));
        }
        HBox buttons = new HBox(8);
        if (FOLDER_HELPS.contains(key) || RESTORE_HELPS.contains(key)) {
            buttons.getChildren().add(button("chooseFolderButton", "shell.recovery.chooseFolder", actions::chooseFolder));
        }
        buttons.getChildren().add(button("retryButton", "shell.recovery.retry", actions::retry));
        buttons.getChildren().add(button("exitButton", "shell.exit", Platform::exit));
        box.getChildren().addAll(buttons, details(error, logs));
        setAlignment(Pos.CENTER);
        getChildren().add(box);
    }

    private static VBox restoreChoice(List<BackupInfo> backups, Actions actions) {
        Label title = new Label(Messages.get(backups.isEmpty() ? "shell.recovery.noBackups" : "shell.recovery.chooseBackup"));
        title.setWrapText(true);
        ListView<BackupInfo> list = new ListView<>();
        list.setId("recoveryBackups");
        list.getItems().setAll(backups);
        list.setPrefHeight(Math.min(6, Math.max(1, backups.size())) * 30 + 4);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : BackupText.when(item.manifest()) + " — "
                        + BackupText.kind(item.manifest().kind()) + " — " + BackupText.contents(item.manifest()));
            }
        });
        Button restore = button("restoreBackupButton", "shell.recovery.restore", () -> actions.restore(list.getSelectionModel().getSelectedItem().file()));
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        if (!backups.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        VBox box = new VBox(8, title);
        if (!backups.isEmpty()) {
            box.getChildren().addAll(list, restore);
        }
        return box;
    }

    private static TitledPane details(Throwable error, Path logs) {
        String causes = Stream.iterate(error, t -> t != null, Throwable::getCause)
                .map(t -> t.getClass().getName() + ": " + t.getMessage())
                .collect(Collectors.joining("\n"));
        TextArea area = new TextArea(causes + "\n\n" + Messages.get("shell.recovery.logs", logs));
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        TitledPane more = new TitledPane(Messages.get("common.details"), area);
        more.setId("failureDetails");
        more.setExpanded(false);
        return more;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
