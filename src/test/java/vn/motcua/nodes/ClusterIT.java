package vn.motcua.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one MariaDB, ports 8080 and 8081, job executor on both: Camunda's own cluster model (a shared
 * database, jobs taken with optimistic locking). Intakes are spread over both; once the clock passes the apology
 * points, each timer fires exactly once, on one node or the other, and no dossier is lost.
 */
class ClusterIT {

    private static final OffsetDateTime WEDNESDAY_MORNING = OffsetDateTime.parse("2026-03-04T09:00:00+07:00");
    /** Past the apology points (Friday 09:00, one working day before due), before the due (Monday 09:00). */
    private static final OffsetDateTime FRIDAY_NOON = OffsetDateTime.parse("2026-03-06T12:00:00+07:00");

    @Test
    void twoNodesShareTheWorkAndEachTimerFiresOnce() throws Exception {
        NodeDatabase db = NodeDatabase.fresh("127.0.0.1:3306", "motcua_cluster");
        // One after the other: the first node creates the schemas, the second finds them.
        try (AppNode first = new AppNode("node-8080", 8080, db.url()).start();
                AppNode second = new AppNode("node-8081", 8081, db.url()).start()) {
            List<NodeClient> nodes = List.of(new NodeClient(first), new NodeClient(second));
            for (NodeClient node : nodes) {
                node.freezeClockAt(WEDNESDAY_MORNING);
            }
            IntakeLoad load = new IntakeLoad(6, "93", clerk -> nodes.get(clerk % 2));
            await("clerks at both nodes").atMost(Duration.ofMinutes(3)).until(() -> load.acknowledgedCount() >= 60);
            List<IntakeLoad.Attempt> attempts = load.stop();

            assertThat(attempts).as("every intake on either node").allMatch(IntakeLoad.Attempt::acknowledged);
            assertThat(attempts).extracting(IntakeLoad.Attempt::node).contains(first.name(), second.name());
            assertThat(attempts).extracting(IntakeLoad.Attempt::code).doesNotHaveDuplicates();
            for (NodeClient node : nodes) {
                DossierAudit.everyAcknowledgedIntakeIsThere(node, attempts);
            }
            DossierAudit.everyDossierIsWhole(db, attempts);

            for (NodeClient node : nodes) {
                node.freezeClockAt(FRIDAY_NOON);
            }
            long dossiers = db.count("SELECT COUNT(*) FROM dossier");
            Timestamp fridayNoon = Timestamp.from(FRIDAY_NOON.toInstant());
            await("the apology timers")
                    .atMost(Duration.ofMinutes(5))
                    .until(() -> db.count("SELECT COUNT(*) FROM dossier_event WHERE step = 'APOLOGY_DUE'") >= dossiers);
            await("both job executors idle")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ <= ?", fridayNoon) == 0);

            assertThat(db.list("SELECT d.code FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id"
                            + " WHERE e.step = 'APOLOGY_DUE' GROUP BY d.code HAVING COUNT(*) > 1"))
                    .as("fired twice")
                    .isEmpty();
            assertThat(db.list("SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_DEF_TYPE_ = 'timer-transition'"
                            + " AND JOB_STATE_ = 2 GROUP BY JOB_ID_ HAVING COUNT(*) > 1"))
                    .as("jobs run twice")
                    .isEmpty();
            assertThat(db.count("SELECT COUNT(*) FROM dossier_event WHERE step = 'OVERDUE'"))
                    .as("not due yet")
                    .isZero();
            assertThat(db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT"))
                    .as("incidents")
                    .isZero();
            System.out.println(
                    "Timers run per node: "
                            + db.list(
                                    "SELECT CONCAT(HOSTNAME_, ' ', COUNT(*))"
                                            + " FROM ACT_HI_JOB_LOG WHERE JOB_DEF_TYPE_ = 'timer-transition' AND JOB_STATE_ = 2 GROUP BY HOSTNAME_"));
        }
    }
}
