package vn.cchcdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on background threads and its callbacks on the FX thread. Running tasks are listed
 * (on the FX thread) so the status bar can show their progress and offer cancel.
 */
public final class FxTaskRunner extends TaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "cchc-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Tasks now running; changes on the FX thread. */
    public ObservableList<TaskHandle> running() {
        return running;
    }

    @Override
    protected <T> TaskHandle execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return task.work().run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        Handle handle = new Handle(task.title(), task.isCancellable(), fxTask);
        fxTask.setOnSucceeded(e -> {
            running.remove(handle);
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            running.remove(handle);
            LOG.warn("Background task '{}' failed", task.title(), fxTask.getException());
            task.failed(fxTask.getException(), failureHandler());
        });
        fxTask.setOnCancelled(e -> {
            running.remove(handle);
            task.cancelled();
        });
        if (Platform.isFxApplicationThread()) {
            running.add(handle);
        } else {
            Platform.runLater(() -> running.add(handle));
        }
        executor.execute(fxTask);
        return handle;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private record Handle(String title, boolean cancellable, Task<?> task) implements TaskHandle {

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return task.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return task.messageProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return task.runningProperty();
        }

        @Override
        public void cancel() {
            task.cancel(false);
        }
    }
}
