package vn.cchcdesk.ui.common;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What every screen gets from the shell: the task runner, the clock (injectable, so tests can move
 * time), the window that owns dialogs, a way to say something in the status bar, and navigation.
 */
public record UiContext(TaskRunner runner, Clock clock, Supplier<Window> window, Consumer<String> statusLine,
                        Consumer<String> navigator) {

    /** Shows a short message in the status bar ("Đã lưu"). */
    public void say(String text) {
        statusLine.accept(text);
    }

    /** Switches the main window to the screen with this id. */
    public void navigate(String screenId) {
        navigator.accept(screenId);
    }

    public Window owner() {
        return window.get();
    }
}
