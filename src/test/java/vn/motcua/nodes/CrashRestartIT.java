package vn.motcua.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app is killed with SIGKILL while clerks are receiving dossiers, and started again. Every intake that got its
 * 201 is there with its timeline; none that failed is half there; and the deadline timers that fell due while the
 * node was down fire after the restart, each once.
 */
class CrashRestartIT {

    /** A Wednesday in office hours: the dossiers' apology points and due dates fall two and three working days on. */
    private static final OffsetDateTime WEDNESDAY_MORNING = OffsetDateTime.parse("2026-03-04T09:00:00+07:00");

    @Test
    void aKilledNodeLosesNothingAcknowledgedAndFiresTheMissedTimersOnce() throws Exception {
        NodeDatabase db = NodeDatabase.fresh("127.0.0.1:3306", "motcua_crash");
        try (AppNode node = new AppNode("crash", 8080, db.url()).start()) {
            NodeClient client = new NodeClient(node);
            client.freezeClockAt(WEDNESDAY_MORNING);

            IntakeLoad load = new IntakeLoad(6, "91", clerk -> client);
            await("clerks at work").atMost(Duration.ofMinutes(3)).until(() -> load.acknowledgedCount() >= 40);
            node.kill();
            List<IntakeLoad.Attempt> attempts = load.stop();
            assertThat(attempts)
                    .as("requests that got no answer from the dying node")
                    .anyMatch(a -> a.status() == -1);

            // Back up on the real clock: months after the frozen Wednesday, so every deadline timer fell due while
            // the node was down.
            node.start();

            DossierAudit.everyAcknowledgedIntakeIsThere(client, attempts);
            DossierAudit.everyDossierIsWhole(db, attempts);

            long dossiers = db.count("SELECT COUNT(*) FROM dossier");
            await("the timers that fell due during the downtime")
                    .atMost(Duration.ofMinutes(5))
                    .until(() -> db.count("SELECT COUNT(*) FROM dossier_event WHERE step = 'OVERDUE'") >= dossiers
                            && db.count("SELECT COUNT(*) FROM dossier_event WHERE step = 'APOLOGY_DUE'") >= dossiers);
            await("the job executor idle")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> db.count(
                                    "SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer' AND DUEDATE_ < ?",
                                    Timestamp.from(Instant.now()))
                            == 0);
            assertThat(
                            db.list(
                                    "SELECT d.code FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id"
                                            + " WHERE e.step IN ('OVERDUE', 'APOLOGY_DUE') GROUP BY d.code, e.step HAVING COUNT(*) > 1"))
                    .as("timers that fired twice")
                    .isEmpty();
            assertThat(db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT"))
                    .as("incidents")
                    .isZero();
        }
    }
}
