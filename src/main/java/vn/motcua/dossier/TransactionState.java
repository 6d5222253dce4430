package vn.motcua.dossier;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State kept with the current transaction, as a synchronization registered with it. Spring suspends
 * synchronizations with their transaction, so a transaction started inside another (REQUIRES_NEW) starts with
 * none, as its connection does; and the state ends with its transaction.
 */
final class TransactionState {

    private TransactionState() {}

    /** This transaction's state of this type, or {@code null} when it has none or there is no transaction. */
    static <T extends TransactionSynchronization> T find(Class<T> type) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(synchronization)) {
                return type.cast(synchronization);
            }
        }
        return null;
    }

    /** This transaction's state of this type, registered on first use; {@code null} outside a transaction. */
    static <T extends TransactionSynchronization> T of(Class<T> type, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T state = find(type);
        if (state == null) {
            state = create.get();
            TransactionSynchronizationManager.registerSynchronization(state);
        }
        return state;
    }
}
