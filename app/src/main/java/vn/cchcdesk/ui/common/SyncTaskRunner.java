package vn.cchcdesk.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: deterministic tests of view models and views. */
public final class SyncTaskRunner extends TaskRunner {

    @Override
    protected <T> TaskHandle execute(BackgroundTask<T> task) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        T value;
        try {
            value = task.work().run(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception | Error e) {
            task.failed(e, failureHandler());
            return finished(task, progress, message);
        }
        task.succeeded(value);
        return finished(task, progress, message);
    }

    private static TaskHandle finished(BackgroundTask<?> task, ReadOnlyDoubleWrapper progress, ReadOnlyStringWrapper message) {
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
        return new TaskHandle() {
            @Override
            public String title() {
                return task.title();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return running.getReadOnlyProperty();
            }

            @Override
            public boolean cancellable() {
                return false;
            }

            @Override
            public void cancel() {
            }
        };
    }
}
