package vn.cchcdesk.ui.common;

import java.util.function.Consumer;

/**
 * Search as you type: each new query supersedes the running one; only the latest result is
 * delivered, whatever order the background threads finish in.
 */
public final class LatestOnly {

    private final TaskRunner runner;
    private long generation;
    private TaskHandle current;

    public LatestOnly(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> void submit(Work<T> work, Consumer<? super T> onResult) {
        long mine = ++generation;
        if (current != null) {
            current.cancel();
        }
        current = runner.task(work)
                .onSuccess(result -> {
                    if (mine == generation) {
                        onResult.accept(result);
                    }
                })
                .onCancelled(() -> { })
                .start();
    }
}
