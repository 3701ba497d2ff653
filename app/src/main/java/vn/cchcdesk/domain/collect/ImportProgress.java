package vn.cchcdesk.domain.collect;

/** How a long read tells how far it got and learns it was cancelled (the UI adapts its own progress to this). */
public interface ImportProgress {

    void rowsRead(long rows);

    boolean isCancelled();

    static ImportProgress none() {
        return new ImportProgress() {
            @Override
            public void rowsRead(long rows) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
