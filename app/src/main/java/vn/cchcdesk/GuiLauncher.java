package vn.cchcdesk;

import java.nio.file.Path;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.ui.shell.DesktopApplication;

/** Starts the window; the data folder is opened by the shell in the background, through App. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(Path dataDir, boolean startupProbe) {
        DesktopApplication.launch(folder -> {
            LogSetup.toFolder(DataFolder.prepare(folder).logs());
            return App.open(folder);
        }, dataDir, startupProbe);
    }
}
