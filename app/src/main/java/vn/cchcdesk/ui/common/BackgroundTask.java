package vn.cchcdesk.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A task being described before it starts: what it does, and what happens on the FX thread
 * when it ends. Failures nobody handles go to the runner's failure handler (an error dialog).
 *
 * <pre>{@code
 * runner.task(p -> service.load())
 *       .onSuccess(items::setAll)
 *       .start();
 * }</pre>
 */
public final class BackgroundTask<T> {

    private final TaskRunner runner;
    private final Work<T> work;
    private String title = "";
    private boolean cancellable;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    BackgroundTask(TaskRunner runner, Work<T> work) {
        this.runner = runner;
        this.work = Objects.requireNonNull(work);
    }

    /** Shown in the status bar while the task runs. */
    public BackgroundTask<T> title(String text) {
        this.title = text;
        return this;
    }

    /** Offers a cancel button; the work must check {@link Progress#isCancelled()}. */
    public BackgroundTask<T> cancellable() {
        this.cancellable = true;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success, failure or cancel (e.g. to re-enable a button). */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    public TaskHandle start() {
        return runner.execute(this);
    }

    Work<T> work() {
        return work;
    }

    String title() {
        return title;
    }

    boolean isCancellable() {
        return cancellable;
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error, Consumer<Throwable> fallback) {
        try {
            (onFailure != null ? onFailure : fallback).accept(error);
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }
}
