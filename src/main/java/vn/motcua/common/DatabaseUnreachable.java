package vn.motcua.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a lost database from a failed step. The engine and MyBatis wrap the driver's exception in their own, so
 * the cause chain is what shows it: no connection from the pool in time, a refused or broken connection.
 * {@code DatabaseOutageIT} stops the server under load and holds every answer to this.
 */
final class DatabaseUnreachable {

    private DatabaseUnreachable() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            // SQL state class 08: "connection exception".
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // The server went away mid-step: the rollback then fails on the closed connection and hides the step's
            // own failure, which Spring keeps beside it.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            // The server went away while the transaction was ending (in a before-commit step): Spring then throws
            // the rollback's failure and only logs the commit's, and the pool's closed-connection proxy says
            // "Connection is closed" with no SQL state. Commit and rollback fail in the driver only when the
            // connection is gone.
            if (cause instanceof TransactionSystemException ending && ending.getCause() instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
