package vn.motcua.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.portal.StubPortal;

/**
 * The node is killed with SIGKILL while dossiers are received and their status changes wait for a slow portal: some
 * committed and not yet sent, some sent and not yet recorded as acknowledged. After the restart the portal receives
 * every change, each once or more, in order per dossier: the outbox is in the database, not in the dead process.
 */
class PortalCrashIT {

    @Test
    void aKilledNodeStillDeliversEveryStatusChangeAfterItsRestart() throws Exception {
        NodeDatabase db = NodeDatabase.fresh("127.0.0.1:3306", "motcua_portal_crash");
        try (StubPortal portal = new StubPortal(0);
                AppNode node = new AppNode(
                                "portal-crash",
                                freePort(),
                                db.url(),
                                List.of(
                                        "--motcua.portal.sync-url=" + portal.url(),
                                        "--motcua.portal.poll-interval=PT0.5S",
                                        "--motcua.portal.first-retry=PT1S",
                                        "--motcua.portal.max-retry=PT2S",
                                        "--motcua.portal.lease=PT5S"))
                        .start()) {
            NodeClient client = new NodeClient(node);
            portal.delay(300);
            IntakeLoad load = new IntakeLoad(4, "92", clerk -> client);
            await("clerks at work").atMost(Duration.ofMinutes(3)).until(() -> load.acknowledgedCount() >= 20);
            await("some changes on their way")
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> !portal.arrivals().isEmpty());
            node.kill();
            load.stop();
            long waiting = db.count("SELECT COUNT(*) FROM portal_outbox WHERE sent_at IS NULL");
            assertThat(waiting)
                    .as("changes committed but not delivered when the node died")
                    .isPositive();

            portal.delay(0);
            node.start();

            await("every change delivered after the restart")
                    .atMost(Duration.ofMinutes(3))
                    .until(() -> db.count("SELECT COUNT(*) FROM portal_outbox WHERE sent_at IS NULL") == 0);
            List<String> codes = db.list("SELECT DISTINCT dossier_code FROM portal_outbox");
            assertThat(codes).hasSizeGreaterThanOrEqualTo(20);
            for (String code : codes) {
                long queued = db.count("SELECT COUNT(*) FROM portal_outbox WHERE dossier_code = ?", code);
                List<StubPortal.Arrival> arrived = portal.of(code);
                Set<Integer> firstSeen = new LinkedHashSet<>();
                arrived.forEach(a -> firstSeen.add(a.seq()));
                assertThat(List.copyOf(firstSeen))
                        .as(code)
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, (int) queued)
                                .boxed()
                                .toList());
            }
            // Every dossier the desk received is counted as synchronised (Decision 766, công khai).
            assertThat(db.count("SELECT COALESCE(SUM(n_synced), 0) FROM indicator_rollup"))
                    .isEqualTo(db.count("SELECT COUNT(*) FROM dossier WHERE received_on IS NOT NULL"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
