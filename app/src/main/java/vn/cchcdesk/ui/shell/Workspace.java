package vn.cchcdesk.ui.shell;

import java.util.List;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.UiContext;

/** An opened data folder, as the shell needs it: settings for the first start, the screens, closing. */
public interface Workspace {

    SettingsService settings();

    /** The main window's screens in navigation order. */
    List<Screen> screens(UiContext context);

    /** Shown in the status bar so the clerk knows where the data lives. */
    String location();

    /** Takes the day's automatic backup when none was taken today (called in the background, hourly). */
    default void backupIfDue() {
    }

    /** Today's automatic backup, before a clean exit closes the folder. */
    default void backupOnExit() {
    }

    void close(boolean compact);
}
