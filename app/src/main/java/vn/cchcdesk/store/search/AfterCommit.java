package vn.cchcdesk.store.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Work that must wait until the thread's transaction has committed, and be forgotten when it rolls
 * back: the in-memory search indexes learn a write only once it is in the file, so a search never
 * finds (or loses) a record because of a save that failed. {@link #LISTENER} is registered on the
 * database's jOOQ configuration; nested transactions (savepoints) hand their work to the enclosing
 * one when they commit. Outside any transaction the work runs at once.
 */
public final class AfterCommit {

    private static final ThreadLocal<Deque<List<Runnable>>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    /** Follows the thread's jOOQ transactions. */
    public static final TransactionListener LISTENER = new TransactionListener() {
        @Override
        public void beginStart(TransactionContext ctx) {
            OPEN.get().push(new ArrayList<>());
        }

        @Override
        public void commitEnd(TransactionContext ctx) {
            Deque<List<Runnable>> open = OPEN.get();
            List<Runnable> done = open.poll();
            if (done == null) {
                return;
            }
            if (open.isEmpty()) {
                OPEN.remove();
                done.forEach(Runnable::run);
            } else {
                open.peek().addAll(done);
            }
        }

        /** At the start, so the frame goes even when the rollback itself fails (a broken connection). */
        @Override
        public void rollbackStart(TransactionContext ctx) {
            Deque<List<Runnable>> open = OPEN.get();
            open.poll();
            if (open.isEmpty()) {
                OPEN.remove();
            }
        }
    };

    private AfterCommit() {
    }

    /** Runs the action once the thread's transaction commits (now when there is none). */
    public static void run(Runnable action) {
        Deque<List<Runnable>> open = OPEN.get();
        if (open.isEmpty()) {
            OPEN.remove();
            action.run();
        } else {
            open.peek().add(action);
        }
    }
}
