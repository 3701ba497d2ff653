package vn.cchcdesk.ui.common;

/** What background work tells the person waiting, and how it learns it was cancelled. */
public interface Progress {

    void update(long done, long total);

    void message(String text);

    boolean isCancelled();

    /** For work run where nobody watches (tests, commands). */
    static Progress none() {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
