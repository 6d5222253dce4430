package vn.motcua.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database goes away for 30 seconds while clerks keep receiving. The node answers every request in the
 * meantime with a clear 503 (never a 500, never a hang without end), and recovers by itself, without a restart,
 * once the database is back; nothing it acknowledged is lost.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void aThirtySecondOutageAnswers503AndRecoversWithoutARestart() throws Exception {
        try (PrivateMariaDb mariadb = new PrivateMariaDb(Path.of("target", "nodes", "mariadb-outage"), 3307).install();
                AppNode node = new AppNode("outage", 8080, mariadb.jdbcUrl("motcua")).start()) {
            NodeClient client = new NodeClient(node);
            client.freezeClockAt(OffsetDateTime.parse("2026-03-04T09:00:00+07:00"));
            IntakeLoad load = new IntakeLoad(4, "92", clerk -> client);
            await("clerks at work").atMost(Duration.ofMinutes(3)).until(() -> load.acknowledgedCount() >= 10);

            mariadb.stop();
            int beforeOutage = load.attempts().size();
            await("the first 503")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> load.attempts().stream().skip(beforeOutage).anyMatch(a -> a.status() == 503));
            // For the rest of the outage every answer is the 503 (or the 201 of an intake committed just before).
            await("the outage")
                    .during(OUTAGE)
                    .atMost(OUTAGE.plusMinutes(2))
                    .until(() -> load.attempts().stream().skip(beforeOutage).allMatch(DatabaseOutageIT::clearAnswer));

            mariadb.start();
            int afterOutage = load.attempts().size();
            await("recovery without a restart")
                    .atMost(Duration.ofMinutes(3))
                    .until(() -> load.attempts().stream()
                                    .skip(afterOutage)
                                    .filter(IntakeLoad.Attempt::acknowledged)
                                    .count()
                            >= 10);
            List<IntakeLoad.Attempt> attempts = load.stop();

            assertThat(attempts)
                    .as("every answer, before, during and after the outage")
                    .allMatch(DatabaseOutageIT::clearAnswer);
            assertThat(attempts.stream().filter(a -> a.status() == 503))
                    .allMatch(a -> a.answer().contains("\"error\":\"unavailable\""));
            DossierAudit.everyAcknowledgedIntakeIsThere(client, attempts);
            DossierAudit.everyDossierIsWhole(NodeDatabase.at(mariadb.jdbcUrl("motcua")), attempts);
        }
    }

    private static boolean clearAnswer(IntakeLoad.Attempt attempt) {
        return attempt.status() == 201 || attempt.status() == 503;
    }
}
