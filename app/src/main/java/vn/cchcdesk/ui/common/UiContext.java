package vn.cchcdesk.ui.common;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What every screen gets from the shell: the task runner, the clock (injectable, so tests can move
 * time), the window that owns dialogs, a way to say something in the status bar, navigation, and
 * reopening the data folder (after a restore was staged).
 */
public record UiContext(TaskRunner runner, Clock clock, Supplier<Window> window, Consumer<String> statusLine,
                        Consumer<String> navigator, Runnable reopener) {

    /** A context whose reopen does nothing (view-model tests). */
    public UiContext(TaskRunner runner, Clock clock, Supplier<Window> window, Consumer<String> statusLine,
                     Consumer<String> navigator) {
        this(runner, clock, window, statusLine, navigator, () -> { });
    }

    /** Closes the data folder and opens it again: the shell shows "opening" meanwhile. */
    public void reopen() {
        reopener.run();
    }

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
