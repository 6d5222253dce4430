package vn.motcua.dossier;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.common.NotFoundException;

/**
 * The dossier row locks a transaction holds (see {@link DossierLifecycle} for why every step locks). One intake or
 * task completion runs several steps on the same dossier (timeline lines, receipt, hand-over), and a row lock,
 * once taken, is held until the transaction ends: each dossier is locked once per transaction, not once per step.
 *
 * <p>What is held is kept in a synchronization of the transaction, not in a thread-bound resource: Spring suspends
 * synchronizations with their transaction, so a transaction started inside another (REQUIRES_NEW) starts with
 * none held, as its connection does.
 */
@Component
class DossierLocks {

    private final DossierMapper dossiers;

    DossierLocks(DossierMapper dossiers) {
        this.dossiers = dossiers;
    }

    void lock(long dossierId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || held().add(dossierId)) {
            dossiers.lock(dossierId);
        }
    }

    /**
     * Counts a dossier this transaction has just inserted as locked: until the transaction ends no other sees the
     * row, and the insert holds its exclusive lock (InnoDB and H2 alike), so locking it again is a wasted round trip.
     */
    void insertedHere(long dossierId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            held().add(dossierId);
        }
    }

    /** Locks the dossier of this code (always: its id is not known before) and answers its id. */
    long lock(String dossierCode) {
        Long id = dossiers.lockByCode(dossierCode);
        if (id == null) {
            throw new NotFoundException("Unknown dossier " + dossierCode);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            held().add(id);
        }
        return id;
    }

    private static Set<Long> held() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof HeldLocks held) {
                return held.dossierIds;
            }
        }
        HeldLocks held = new HeldLocks();
        TransactionSynchronizationManager.registerSynchronization(held);
        return held.dossierIds;
    }

    /** Registered with the transaction; it ends with it, and its locks with it. */
    private static final class HeldLocks implements TransactionSynchronization {
        private final Set<Long> dossierIds = new HashSet<>();
    }
}
