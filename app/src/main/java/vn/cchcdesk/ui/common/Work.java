package vn.cchcdesk.ui.common;

/** Work for a background thread: database, files, POI. Reports progress and checks for cancel. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
