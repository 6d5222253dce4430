package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.support.ApiTestSupport;

/**
 * Every status change reaches the portal, in order per dossier, although the portal was down for a while and loses
 * some of its answers. The worker's timing runs on the sandbox clock: the test moves it instead of sleeping.
 */
class PortalSyncTest extends ApiTestSupport {

    @Autowired
    PortalSettings settings;

    @Autowired
    OutboxWorker worker;

    private StubPortal portal;

    @BeforeEach
    void connect() throws Exception {
        portal = new StubPortal(7);
        settings.syncUrl(portal.url());
    }

    @AfterEach
    void disconnect() {
        settings.syncUrl(null);
        portal.close();
    }

    @Test
    void everyChangeOfTwentyDossiersArrivesInOrderAfterThePortalComesBack() throws Exception {
        Instant start = Instant.parse("2025-09-22T02:00:00Z"); // 09:00 in Hà Nội, a Monday
        clockAt("2025-09-22T09:00:00+07:00");
        portal.down(true);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String code = switch (i % 4) {
                case 0 -> intake(intakeBody("HO-KINH-DOANH", null)).get("code").asText();
                case 1 -> {
                    var body = intakeBody("HO-KINH-DOANH", "REFUSE");
                    body.put("reason", "Không thuộc thẩm quyền");
                    yield intake(body).get("code").asText();
                }
                default -> accepted("HO-KINH-DOANH").get("code").asText();
            };
            codes.add(code);
        }
        for (int i = 0; i < 20; i += 8) {
            expect(
                    200,
                    postAs("clerk", Map.of("reason", "Công dân xin rút"), "/api/dossiers/{c}/withdraw", codes.get(i)));
        }

        // Down for a minute: the worker tries, backs off, tries again; nothing is lost and nothing arrives.
        for (int second = 0; second <= 60; second += 10) {
            sandbox.moveTo(start.plusSeconds(second), true);
            assertThat(worker.deliverDue()).isZero();
        }
        JsonNode backlog = body(getAs("admin", "/api/admin/portal/outbox"));
        assertThat(pendingOf(codes)).isGreaterThan(40);
        assertThat(backlog.get("pending").asLong()).isGreaterThanOrEqualTo(pendingOf(codes));
        assertThat(backlog.get("oldestPendingAt").isNull()).isFalse();
        assertThat(portal.arrivals()).isEmpty();

        portal.down(false);
        Instant now = start.plusSeconds(60);
        for (int round = 0; round < 30 && pendingOf(codes) > 0; round++) {
            now = now.plusSeconds(600);
            sandbox.moveTo(now, true);
            worker.deliverDue();
        }

        assertThat(pendingOf(codes)).isZero();
        assertThat(portal.arrivals()).anyMatch(a -> !a.acknowledged());
        for (String code : codes) {
            List<Map<String, Object>> queued = jdbc.queryForList(
                    "SELECT seq, status_code FROM portal_outbox WHERE dossier_code = ? ORDER BY seq", code);
            List<StubPortal.Arrival> arrived = portal.of(code);
            // Once or more each, none missing, and first seen in seq order.
            Set<Integer> firstSeen = new LinkedHashSet<>();
            arrived.forEach(a -> firstSeen.add(a.seq()));
            assertThat(List.copyOf(firstSeen))
                    .as(code)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, queued.size()).boxed().toList());
            // A change is sent only after the one before it was acknowledged.
            for (int i = 0; i < arrived.size(); i++) {
                int seq = arrived.get(i).seq();
                if (seq > 1) {
                    assertThat(arrived.subList(0, i))
                            .as(code + " #" + seq)
                            .anyMatch(a -> a.seq() == seq - 1 && a.acknowledged());
                }
            }
            for (StubPortal.Arrival a : arrived) {
                assertThat(a.status())
                        .isEqualTo(((Number) queued.get(a.seq() - 1).get("status_code")).intValue());
            }
            assertThat(arrived.get(0).status()).isEqualTo(1);
        }
        // The desk's own dossiers: registered, then received, handed to the department, in that order.
        List<Integer> accepted = portal.of(codes.get(2)).stream()
                .filter(StubPortal.Arrival::acknowledged)
                .map(StubPortal.Arrival::status)
                .toList();
        assertThat(accepted).startsWith(1, 2, 4);
        assertThat(portal.of(codes.get(1)).stream().map(StubPortal.Arrival::status))
                .contains(3);
        assertThat(portal.of(codes.get(0)).stream().map(StubPortal.Arrival::status))
                .contains(7);

        JsonNode first = portal.of(codes.get(2)).get(0).body();
        assertThat(first.get("MaHoSo").asText()).isEqualTo(codes.get(2));
        assertThat(first.get("MaTTHC").asText()).isEqualTo("HO-KINH-DOANH");
        assertThat(first.get("KenhThucHien").asInt()).isEqualTo(1);
        assertThat(first.get("ThoiDiemXuLy").asText()).matches("202509220900\\d\\d");
        assertThat(first.get("NgayTiepNhan").asText()).matches("\\d{14}");
        assertThat(first.get("DonViXuLy").asText()).isNotBlank();
        assertThat(first.get("seq").asInt()).isEqualTo(1);
        assertThat(body(getAs("admin", "/api/admin/portal/outbox"))
                        .get("pending")
                        .asLong())
                .isZero();

        // Decision 766, công khai: every dossier received that day had its receipt acknowledged by the portal.
        JsonNode day = body(getAs("admin", "/api/indicators?from=2025-09-22&to=2025-09-22"))
                .get("total");
        // (A database kept from an earlier run holds that day's dossiers of the earlier runs too, all synchronised.)
        assertThat(day.get("received").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(day.get("synced").asLong()).isEqualTo(day.get("received").asLong());
        assertThat(day.get("syncedRate").decimalValue()).isEqualByComparingTo("1");
        JsonNode publicity = day.get("score766").get("groups").get(0);
        assertThat(publicity.get("code").asText()).isEqualTo("CONG_KHAI");
        assertThat(publicity.get("points").decimalValue()).isEqualByComparingTo("18");
        JsonNode behind = body(getAs("admin", "/api/indicators/dossiers?metric=synced&from=2025-09-22&to=2025-09-22"));
        assertThat(behind.get("total").asLong()).isEqualTo(day.get("synced").asLong());
    }

    @Test
    void anOnlineDossierIsOnlineOnThePortalAndNothingIsQueuedWithoutAUrl() throws Exception {
        clockAt("2025-09-23T09:00:00+07:00");
        var body = intakeBody("HO-KINH-DOANH", null);
        body.put("channel", "ONLINE");
        String code = intake(body).get("code").asText();
        worker.deliverDue();
        assertThat(portal.of(code)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(1);
            assertThat(a.body().get("KenhThucHien").asInt()).isEqualTo(2);
        });

        settings.syncUrl(null);
        String unsent = accepted("HO-KINH-DOANH").get("code").asText();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_outbox WHERE dossier_code = ?", Long.class, unsent))
                .isZero();
    }

    private long pendingOf(List<String> codes) {
        return codes.stream()
                .mapToLong(code -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM portal_outbox WHERE dossier_code = ? AND sent_at IS NULL",
                        Long.class,
                        code))
                .sum();
    }
}
