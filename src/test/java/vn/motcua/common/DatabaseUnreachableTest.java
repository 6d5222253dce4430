package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/**
 * The failures {@code DatabaseOutageIT} met when the server stopped under load, in the shapes the node's log showed
 * them: each must read as "database unavailable" (503), while a step's own failure must not.
 */
class DatabaseUnreachableTest {

    @Test
    void noConnectionFromThePoolInTimeIsAnOutage() {
        Exception failure = new ProcessEngineException(
                "Could not open connection",
                new PersistenceException(new SQLTransientConnectionException("motcua - Connection is not available")));
        assertThat(DatabaseUnreachable.causedBy(failure)).isTrue();
    }

    @Test
    void aBrokenLinkReportedWithSqlStateClass08IsAnOutage() {
        Exception failure = new PersistenceException(new SQLException("Communications link failure", "08S01"));
        assertThat(DatabaseUnreachable.causedBy(failure)).isTrue();
    }

    @Test
    void aRollbackFailingOnTheClosedConnectionIsAnOutage() {
        // Commit exception overridden by rollback exception: what the clerk got as a 500 before.
        Exception failure =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseUnreachable.causedBy(failure)).isTrue();
    }

    @Test
    void aRollbackHidingTheStepsOwnLostConnectionIsAnOutage() {
        TransactionSystemException failure = new TransactionSystemException("Could not roll back");
        failure.initApplicationException(
                new PersistenceException(new SQLException("Communications link failure", "08S01")));
        assertThat(DatabaseUnreachable.causedBy(failure)).isTrue();
    }

    @Test
    void aStepsOwnFailureIsNotAnOutage() {
        assertThat(DatabaseUnreachable.causedBy(new PersistenceException(
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("no such task")))
                .isFalse();
    }
}
