package vn.cchcdesk;

import java.nio.file.Path;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.ui.shell.DesktopApplication;

/** Starts the window; the data folder is opened by the shell in the background, through App. */
final class GuiLauncher {

    private static final long WARM_UP_DELAY_MS = 3_000;

    private GuiLauncher() {
    }

    static void launch(Path dataDir, boolean startupProbe) {
        DesktopApplication.launch(folder -> {
            LogSetup.toFolder(DataFolder.prepare(folder).logs());
            App app = App.open(folder);
            warmUp(app);
            return app;
        }, dataDir, startupProbe);
    }

    /**
     * Loads the readers of directive files in the background, so the clerk's first drop reads as
     * fast as the next; a few seconds after opening, so that it does not slow the window's start.
     */
    private static void warmUp(App app) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(WARM_UP_DELAY_MS);
                app.intake().warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "intake-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
