package vn.cchcdesk.ui.shell;

import java.nio.file.Path;

/** Opens a data folder; may take a second (database, migrations), so it runs in the background. */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(Path dataDir);
}
