package vn.cchcdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.store.backup.BackupInfo;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.TaskHandle;
import vn.cchcdesk.ui.common.TaskRunner;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.setup.SetupView;
import vn.cchcdesk.ui.setup.SetupViewModel;

/**
 * The window's life: shown at once with an "opening" pane, the data folder opened in the
 * background, then the first-start setup or the main window. When the folder cannot be opened,
 * a recovery pane says why and offers the way out (restore a backup, another folder, try again).
 * While open, the day's automatic backup is taken if none was.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    private static final String STYLESHEET = Shell.class.getResource("/vn/cchcdesk/ui/app.css").toExternalForm();

    private final Stage stage;
    private final WorkspaceOpener opener;
    private final TaskRunner runner;
    private final ObservableList<TaskHandle> running;
    private final Clock clock;
    private final Timeline dailyBackup = new Timeline(new KeyFrame(Duration.hours(1), e -> backupIfDue()));
    private Scene scene;
    private Path dataDir;
    private Runnable onOpened = () -> { };
    private Workspace workspace;
    private MainView main;
    private StatusBar statusBar;

    public Shell(Stage stage, WorkspaceOpener opener, TaskRunner runner, ObservableList<TaskHandle> running, Clock clock) {
        this.stage = stage;
        this.opener = opener;
        this.runner = runner;
        this.running = running;
        this.clock = clock;
        dailyBackup.setCycleCount(Timeline.INDEFINITE);
    }

    /** Shows the window and opens the data folder; onOpened runs once it is open (or failed to). */
    public void start(Path folder, Runnable whenOpened) {
        start(folder, () -> { }, whenOpened);
    }

    /**
     * Shows the window at once with the opening message, then — its first frame drawn — applies
     * {@code theme} and the app's stylesheet and opens the folder, so neither delays the window.
     */
    public void start(Path folder, Runnable theme, Runnable whenOpened) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(new MessagePane(Messages.get("shell.opening", folder), false, null),
                Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        stage.setTitle(Messages.get("shell.appName"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // a laptop screen (1366×768) is used whole; a large one gets a comfortable window
        stage.setMaximized(screen.getWidth() < 1400 || screen.getHeight() < 900);
        stage.show();
        runner.setFailureHandler(error -> Dialogs.error(stage, error));
        this.onOpened = whenOpened;
        FirstFrame.then(() -> {
            theme.run();
            scene.getStylesheets().add(STYLESHEET);
            open(folder);
        });
    }

    private void open(Path folder) {
        dataDir = folder;
        scene.setRoot(new MessagePane(Messages.get("shell.opening", folder), false, null));
        runner.task(p -> opener.open(folder))
                .onSuccess(opened -> {
                    workspace = opened;
                    showSetupOrMain();
                })
                .onFailure(error -> {
                    LOG.error("Cannot open data folder {}", folder, error);
                    showRecovery(error);
                    onOpened.run();
                })
                .start();
    }

    private void showRecovery(Throwable error) {
        runner.task(p -> backupsIn(dataDir))
                .onSuccess(backups -> scene.setRoot(new RecoveryPane(error, dataDir.resolve("logs"), backups, recoveryActions())))
                .onFailure(ignored -> scene.setRoot(new RecoveryPane(error, dataDir.resolve("logs"), List.of(), recoveryActions())))
                .start();
    }

    private static List<BackupInfo> backupsIn(Path folder) {
        try {
            return BackupService.listIn(DataFolder.prepare(folder, 0));
        } catch (RuntimeException e) {
            return List.of(); // the folder itself is the problem: there is nothing to restore from
        }
    }

    private RecoveryPane.Actions recoveryActions() {
        return new RecoveryPane.Actions() {
            @Override
            public void retry() {
                open(dataDir);
            }

            @Override
            public void chooseFolder() {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(Messages.get("shell.recovery.chooseFolderTitle"));
                java.io.File chosen = chooser.showDialog(stage);
                if (chosen != null) {
                    open(chosen.toPath());
                }
            }

            @Override
            public void restore(Path backup) {
                scene.setRoot(new MessagePane(Messages.get("shell.restoring"), false, null));
                runner.task(p -> {
                            BackupService.stageRestoreOfUnopenedFolder(DataFolder.prepare(dataDir, 0), backup);
                            return null;
                        })
                        .onSuccess(done -> open(dataDir))
                        .onFailure(Shell.this::showRecovery)
                        .start();
            }
        };
    }

    /** Closes the data folder and opens it again (a restore was staged): the main window is built anew. */
    public void reopen() {
        dailyBackup.stop();
        Workspace closing = workspace;
        workspace = null;
        main = null;
        scene.setRoot(new MessagePane(Messages.get("shell.restoring"), false, null));
        runner.task(p -> {
                    if (closing != null) {
                        closing.close(false);
                    }
                    return null;
                })
                .onFinished(() -> open(dataDir))
                .start();
    }

    /** onOpened runs once the setup or the main window is on screen, never while the settings are read. */
    private void showSetupOrMain() {
        runner.task(p -> workspace.settings().commune())
                .onSuccess((Optional<CommuneSettings> settings) -> {
                    settings.ifPresentOrElse(this::showMain, this::showSetup);
                    onOpened.run();
                })
                .onFailure(error -> {
                    LOG.error("Cannot read the settings of {}", dataDir, error);
                    showRecovery(error);
                    onOpened.run();
                })
                .start();
    }

    private void showSetup() {
        scene.setRoot(new SetupView(new SetupViewModel(workspace.settings(), runner), this::showSetupOrMain));
    }

    private void showMain(CommuneSettings settings) {
        statusBar = new StatusBar(workspace.location(), running);
        UiContext context = new UiContext(runner, clock, () -> stage, text -> statusBar.say(text), this::navigate, this::reopen);
        List<Screen> screens = workspace.screens(context);
        String title = Messages.get("shell.communeTitle", capitalise(settings.communeName()), settings.provinceName());
        main = new MainView(screens, title, statusBar);
        scene.setRoot(main);
        stage.setTitle(Messages.get("shell.windowTitle", title));
        dailyBackup.play();
    }

    /** The clerk may leave the window open for weeks: once a day a backup is taken in the background. */
    private void backupIfDue() {
        Workspace open = workspace;
        if (open != null) {
            runner.task(p -> {
                        open.backupIfDue();
                        return null;
                    })
                    .onFailure(error -> LOG.warn("Daily backup failed", error))
                    .start();
        }
    }

    private void navigate(String screenId) {
        if (main != null) {
            main.show(screenId);
        }
    }

    public Optional<MainView> mainView() {
        return Optional.ofNullable(main);
    }

    /** Closes the data folder (today's backup, then compacting): call off the FX thread or when the window is gone. */
    public void close() {
        if (workspace != null) {
            Workspace closing = workspace;
            workspace = null;
            closing.backupOnExit();
            closing.close(true);
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
