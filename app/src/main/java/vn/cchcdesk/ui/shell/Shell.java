package vn.cchcdesk.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.Dialogs;
import vn.cchcdesk.ui.common.ErrorMessages;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.TaskHandle;
import vn.cchcdesk.ui.common.TaskRunner;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.setup.SetupView;
import vn.cchcdesk.ui.setup.SetupViewModel;

/**
 * The window's life: shown at once with an "opening" pane, the data folder opened in the
 * background, then the first-start setup or the main window; a clear message when the folder
 * cannot be opened.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    private static final String STYLESHEET = Shell.class.getResource("/vn/cchcdesk/ui/app.css").toExternalForm();

    private final Stage stage;
    private final WorkspaceOpener opener;
    private final TaskRunner runner;
    private final ObservableList<TaskHandle> running;
    private final Clock clock;
    private Scene scene;
    private Workspace workspace;
    private MainView main;
    private StatusBar statusBar;

    public Shell(Stage stage, WorkspaceOpener opener, TaskRunner runner, ObservableList<TaskHandle> running, Clock clock) {
        this.stage = stage;
        this.opener = opener;
        this.runner = runner;
        this.running = running;
        this.clock = clock;
    }

    /** Shows the window and opens the data folder; onOpened runs once it is open (or failed to). */
    public void start(Path dataDir, Runnable onOpened) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(new MessagePane(Messages.get("shell.opening", dataDir), false, null),
                Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(STYLESHEET);
        stage.setTitle(Messages.get("shell.appName"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // a laptop screen (1366×768) is used whole; a large one gets a comfortable window
        stage.setMaximized(screen.getWidth() < 1400 || screen.getHeight() < 900);
        stage.show();
        runner.setFailureHandler(error -> Dialogs.error(stage, error));
        runner.task(p -> opener.open(dataDir))
                .onSuccess(opened -> {
                    workspace = opened;
                    showSetupOrMain();
                    onOpened.run();
                })
                .onFailure(error -> {
                    LOG.error("Cannot open data folder {}", dataDir, error);
                    scene.setRoot(new MessagePane(ErrorMessages.describe(error), true, ErrorMessages.details(error)));
                    onOpened.run();
                })
                .start();
    }

    private void showSetupOrMain() {
        runner.task(p -> workspace.settings().commune())
                .onSuccess((Optional<CommuneSettings> settings) -> settings.ifPresentOrElse(this::showMain, this::showSetup))
                .start();
    }

    private void showSetup() {
        scene.setRoot(new SetupView(new SetupViewModel(workspace.settings(), runner), this::showSetupOrMain));
    }

    private void showMain(CommuneSettings settings) {
        statusBar = new StatusBar(workspace.location(), running);
        UiContext context = new UiContext(runner, clock, () -> stage, text -> statusBar.say(text), this::navigate);
        List<Screen> screens = workspace.screens(context);
        String title = Messages.get("shell.communeTitle", capitalise(settings.communeName()), settings.provinceName());
        main = new MainView(screens, title, statusBar);
        scene.setRoot(main);
        stage.setTitle(Messages.get("shell.windowTitle", title));
    }

    private void navigate(String screenId) {
        if (main != null) {
            main.show(screenId);
        }
    }

    public Optional<MainView> mainView() {
        return Optional.ofNullable(main);
    }

    /** Closes the data folder, compacting it: call off the FX thread or when the window is gone. */
    public void close() {
        if (workspace != null) {
            Workspace closing = workspace;
            workspace = null;
            closing.close(true);
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
