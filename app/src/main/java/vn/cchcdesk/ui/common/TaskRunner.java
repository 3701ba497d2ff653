package vn.cchcdesk.ui.common;

import java.util.function.Consumer;

/**
 * The one way UI code runs work off the FX thread. {@link FxTaskRunner} in the app,
 * {@link SyncTaskRunner} in tests (work runs at once, on the caller's thread).
 */
public abstract class TaskRunner {

    private Consumer<Throwable> failureHandler = error -> {
        throw error instanceof RuntimeException re ? re : new IllegalStateException(error);
    };

    public <T> BackgroundTask<T> task(Work<T> work) {
        return new BackgroundTask<>(this, work);
    }

    /** Where failures go that the task itself does not handle (the shell shows an error dialog). */
    public void setFailureHandler(Consumer<Throwable> handler) {
        this.failureHandler = handler;
    }

    /** Hands a failure a task did not handle itself to the failure handler. */
    public void report(Throwable error) {
        failureHandler.accept(error);
    }

    protected Consumer<Throwable> failureHandler() {
        return failureHandler;
    }

    protected abstract <T> TaskHandle execute(BackgroundTask<T> task);
}
