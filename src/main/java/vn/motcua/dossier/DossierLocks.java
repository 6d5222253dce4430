package vn.motcua.dossier;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.motcua.common.NotFoundException;

/**
 * The dossier row locks a transaction holds (see {@link DossierLifecycle} for why every step locks), and the row as
 * the transaction last read it. One intake or task completion runs several steps on the same dossier (timeline
 * lines, receipt, hand-over), and a row lock, once taken, is held until the transaction ends: each dossier is locked
 * once per transaction, not once per step.
 *
 * <p>The lock reads the row it locks. While the lock is held no other transaction can change the row, so the steps
 * that follow read it from here instead of asking the database again, until this transaction writes the row
 * itself: every write through {@link DossierMapper} forgets what was read ({@link DossierRowWrites}).
 *
 * <p>What is held is kept with the transaction ({@link TransactionState}): a transaction started inside another
 * (REQUIRES_NEW) starts with none held, as its connection does.
 */
@Component
class DossierLocks {

    private final DossierMapper dossiers;

    DossierLocks(DossierMapper dossiers) {
        this.dossiers = dossiers;
    }

    /** Locks the dossier (once per transaction). */
    void lock(long dossierId) {
        Held held = held();
        if (held == null) {
            dossiers.lock(dossierId);
        } else if (!held.rows.containsKey(dossierId)) {
            held.rows.put(dossierId, found(dossiers.lock(dossierId), dossierId));
        }
    }

    /** Locks the dossier (once per transaction) and answers its row as it now stands. */
    Dossier row(long dossierId) {
        Held held = held();
        if (held == null) {
            return found(dossiers.lock(dossierId), dossierId);
        }
        Dossier row = held.rows.get(dossierId);
        if (row == null) {
            // Not yet locked (locks it), or written since it was read (the lock is already held: a plain read).
            boolean locked = held.rows.containsKey(dossierId);
            row = found(locked ? dossiers.findById(dossierId) : dossiers.lock(dossierId), dossierId);
            held.rows.put(dossierId, row);
        }
        return row;
    }

    /**
     * Counts a dossier this transaction has just inserted as locked: until the transaction ends no other sees the
     * row, and the insert holds its exclusive lock (InnoDB and H2 alike), so locking it again is a wasted round trip.
     */
    void insertedHere(long dossierId, String dossierCode) {
        Held held = held();
        if (held != null) {
            held.rows.put(dossierId, null);
            held.idsByCode.put(dossierCode, dossierId);
        }
    }

    /** Locks the dossier of this code (once per transaction) and answers its id. */
    long lock(String dossierCode) {
        Held held = held();
        Long id = held == null ? null : held.idsByCode.get(dossierCode);
        if (id != null) {
            return id;
        }
        Dossier row = dossiers.lockByCode(dossierCode);
        if (row == null) {
            throw new NotFoundException("Unknown dossier " + dossierCode);
        }
        if (held != null) {
            held.rows.put(row.id(), row);
            held.idsByCode.put(dossierCode, row.id());
        }
        return row.id();
    }

    /** This transaction wrote dossier rows: what it read of them before is no longer what they hold. */
    static void rowsWritten() {
        Held held = TransactionState.find(Held.class);
        if (held != null) {
            held.rows.replaceAll((id, row) -> null);
        }
    }

    private static Dossier found(Dossier row, long dossierId) {
        if (row == null) {
            throw new NotFoundException("Unknown dossier " + dossierId);
        }
        return row;
    }

    /** This transaction's locks, registered with it on first use; {@code null} outside a transaction. */
    private static Held held() {
        return TransactionState.of(Held.class, Held::new);
    }

    /**
     * Registered with the transaction; it ends with it, and its locks with it. A dossier locked here maps to its
     * row as last read, or to {@code null} when this transaction inserted or wrote it since.
     */
    private static final class Held implements TransactionSynchronization {
        private final Map<Long, Dossier> rows = new HashMap<>();
        /** The dossiers locked by their code, the business key of their processes, or inserted here. */
        private final Map<String, Long> idsByCode = new HashMap<>();
    }
}
