package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Writes timeline lines, in a transaction all at once: one step writes two to four lines (the task completed, the
 * dossier received, handed over, assigned), each its own round trip to the database when written one by one. They
 * are kept with the transaction and inserted in one statement, in the order they were recorded, before anything of
 * it commits; and before any statement of the transaction reads the timeline ({@link TimelineReads}), so that
 * every reader sees every line written before it, as it would have row by row.
 */
@Component
class TimelineWrites {

    private final DossierEventMapper events;

    TimelineWrites(DossierEventMapper events) {
        this.events = events;
    }

    void append(DossierEvent event) {
        Pending pending = TransactionState.of(Pending.class, () -> new Pending(events));
        if (pending == null) {
            events.insert(event);
        } else {
            pending.lines.add(event);
        }
    }

    /** Inserts the lines this transaction has recorded and not yet written. */
    static void flush() {
        Pending pending = TransactionState.find(Pending.class);
        if (pending != null) {
            pending.flush();
        }
    }

    /** Whether this transaction has recorded lines not yet written. */
    static boolean hasPending() {
        Pending pending = TransactionState.find(Pending.class);
        return pending != null && !pending.lines.isEmpty();
    }

    /**
     * A transaction's lines not yet written. Written first among the work done before commit: the indicator rollup,
     * which also runs then, reads the timeline.
     */
    private static final class Pending implements TransactionSynchronization {
        private final DossierEventMapper events;
        private final List<DossierEvent> lines = new ArrayList<>();

        Pending(DossierEventMapper events) {
            this.events = events;
        }

        @Override
        public void flush() {
            if (!lines.isEmpty()) {
                List<DossierEvent> written = List.copyOf(lines);
                lines.clear();
                events.insertAll(written);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
