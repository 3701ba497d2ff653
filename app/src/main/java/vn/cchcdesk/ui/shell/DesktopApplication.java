package vn.cchcdesk.ui.shell;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.ui.common.FxTaskRunner;

/**
 * The JavaFX application. Launched by the composition root, which hands over how to open a data
 * folder before {@link Application#launch} (JavaFX constructs this class itself).
 */
public final class DesktopApplication extends Application {

    private static WorkspaceOpener opener;
    private static Path dataDir;
    private static boolean startupProbe;

    private FxTaskRunner runner;
    private Shell shell;
    private boolean closing;

    public static void launch(WorkspaceOpener workspaceOpener, Path folder, boolean probe) {
        opener = workspaceOpener;
        dataDir = folder;
        startupProbe = probe;
        Application.launch(DesktopApplication.class);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        shell = new Shell(stage, opener, runner, runner.running(), Clock.systemDefaultZone());
        stage.setOnCloseRequest(event -> {
            event.consume();
            closeInBackground(stage);
        });
        // the theme's stylesheet takes a tenth of a second to parse: the window shows first
        if (startupProbe) {
            FirstFrame.then(() -> StartupProbe.report(System.out));
        }
        shell.start(dataDir, () -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()), () -> {
            if (startupProbe) {
                closeInBackground(stage);
            }
        });
    }

    /** Compacting the database can take a moment: the window says so instead of freezing. */
    private void closeInBackground(Stage stage) {
        if (closing) {
            return;
        }
        closing = true;
        stage.getScene().setRoot(new MessagePane(Messages.get("shell.closing"), false, null));
        runner.task(p -> {
                    shell.close();
                    return null;
                })
                .onFinished(Platform::exit)
                .onFailure(error -> Platform.exit())
                .start();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }
}
