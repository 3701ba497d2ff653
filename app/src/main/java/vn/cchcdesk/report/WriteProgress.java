package vn.cchcdesk.report;

/**
 * What a long write tells whoever waits (rows of Biểu 5 written so far) and how it learns it was
 * cancelled; a cancelled write throws {@link java.util.concurrent.CancellationException} and
 * leaves no file.
 */
public interface WriteProgress {

    void update(long done, long total);

    boolean isCancelled();

    /** A step of the write is done (a sheet written, the file saved): for benchmarks; ignored by default. */
    default void stepDone(String step) {
    }

    static WriteProgress none() {
        return new WriteProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
