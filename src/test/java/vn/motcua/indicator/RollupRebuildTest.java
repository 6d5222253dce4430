package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.support.ApiTestSupport;

/**
 * The rebuild gives back exactly what the steps wrote, and fills in a counter the steps did not write. An office week
 * of August 2025 (a period no other test uses) through the REST API on the sandbox clock: dossiers early and
 * returned with a rating, asked for a supplement twice, late, withdrawn while waiting, rejected, refused, left overdue
 * and left waiting; online, postal and direct. The comparisons also cover whatever dossiers other tests left in the
 * shared test database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupRebuildTest extends ApiTestSupport {

    static final String NOW = "2025-08-12T10:00:00+07:00";
    static final String AUGUST = "from=2025-08-01&to=2025-08-31";

    /** Several periods, scopes and groupings: each of their figures must survive a rebuild. */
    static final List<String> REPORTS = List.of(
            AUGUST,
            AUGUST + "&groupBy=unit",
            AUGUST + "&groupBy=department",
            AUGUST + "&groupBy=procedure",
            AUGUST + "&department=TC-KH",
            AUGUST + "&unit=PHUONG-HO-SEN&procedureCode=HO-KINH-DOANH",
            "from=2025-08-05&to=2025-08-05",
            "from=2025-08-06&to=2025-08-08&groupBy=procedure",
            "from=2025-07-01&to=2025-09-30&groupBy=month",
            "from=2024-01-01&to=2028-12-31&groupBy=procedure",
            "from=2024-01-01&to=2028-12-31&groupBy=month",
            "from=2024-01-01&to=2028-12-31&groupBy=unit");

    static final List<String> TABLES = List.of(
            "SELECT * FROM indicator_rollup ORDER BY stat_on, unit_code, department_code, procedure_code, channel",
            "SELECT * FROM indicator_rollup_month"
                    + " ORDER BY stat_month, unit_code, department_code, procedure_code, channel",
            "SELECT * FROM indicator_outcome ORDER BY dossier_id",
            "SELECT * FROM indicator_fact ORDER BY counter, dossier_id");

    @Autowired
    RollupRebuild rebuild;

    final Map<String, String> codes = new LinkedHashMap<>();

    @BeforeAll
    void officeWeek() throws Exception {
        clockAt("2025-08-04T09:00:00+07:00");
        codes.put("early", intakeOf("ONLINE", "CASHLESS"));
        codes.put("twice", intakeOf("DIRECT", "CASH"));
        codes.put("late", intakeOf("POSTAL", "CASHLESS"));
        codes.put("withdrawnWaiting", intakeOf("DIRECT", "CASH"));
        codes.put("rejected", intakeOf("DIRECT", "CASH"));
        codes.put("overdue", intakeOf("DIRECT", "CASH"));
        codes.put("waiting", intakeOf("ONLINE", "CASH"));
        ObjectNode refused = intakeBody("KHAI-SINH", "REFUSE");
        refused.put("reason", "Không thuộc thẩm quyền");
        codes.put("refused", intake(refused).get("code").asText());

        clockAt("2025-08-04T09:30:00+07:00");
        supplementAsked("twice");
        supplementAsked("withdrawnWaiting");
        supplementAsked("waiting");
        clockAt("2025-08-04T10:00:00+07:00");
        supplementBrought("twice");
        clockAt("2025-08-04T10:30:00+07:00");
        supplementAsked("twice");
        clockAt("2025-08-04T11:00:00+07:00");
        supplementBrought("twice");

        clockAt("2025-08-05T09:00:00+07:00");
        resolve("early");
        resolve("twice");
        completeOk("handler.tckh", codes.get("rejected"), Map.of("outcome", "REJECT", "reason", "Ngành nghề bị cấm"));
        clockAt("2025-08-05T10:00:00+07:00");
        completeOk(
                "clerk",
                codes.get("early"),
                Map.of("outcome", "RETURNED", "receivedBy", "Trần Thị Bình", "satisfaction", 5));

        clockAt("2025-08-06T09:00:00+07:00");
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("reason", "Không bổ sung được"),
                        "/api/dossiers/{code}/withdraw",
                        codes.get("withdrawnWaiting")));

        // Past their due instant (7 August, 09:00).
        clockAt("2025-08-08T10:00:00+07:00");
        resolve("late");
    }

    @Test
    void aRebuildLeavesEveryFigureAndEveryRollupRowAsTheStepsWroteThem() throws Exception {
        clockAt(NOW);
        Map<String, JsonNode> before = reports();
        assertThat(before.get(AUGUST).get("total").get("progressLate").asLong()).isEqualTo(2);
        Map<String, List<Map<String, Object>>> tablesBefore = tables();

        JsonNode done = expect(200, postAs("admin", Map.of(), "/api/admin/indicators/rebuild"));
        assertThat(done.get("units").asInt()).isPositive();
        assertThat(done.get("days").asInt()).isPositive();
        assertThat(done.get("dossiers").asLong()).isGreaterThanOrEqualTo(codes.size());
        assertThat(done.has("tookMs")).isTrue();

        clockAt(NOW);
        Map<String, JsonNode> after = reports();
        for (String report : REPORTS) {
            assertThat(after.get(report)).as(report).isEqualTo(before.get(report));
        }
        Map<String, List<Map<String, Object>>> tablesAfter = tables();
        for (String table : TABLES) {
            assertThat(tablesAfter.get(table)).as(table).isEqualTo(tablesBefore.get(table));
        }
    }

    /**
     * An upgrade adds the counter with 0 in every existing row (as V14 did): the rebuild its migration asks for at
     * the next start fills it in, and the request is then forgotten. The administrator's rebuild does the same.
     */
    @Test
    void aCounterAddedByAnUpgradeIsFilledInForTheDossiersBeforeIt() throws Exception {
        clockAt(NOW);
        long progressLate = august().get("progressLate").asLong();
        assertThat(progressLate).isEqualTo(2);

        zeroProgressLate();
        inTransaction("INSERT INTO rollup_rebuild_request (requested_by) VALUES ('V99__test')");
        assertThat(august().get("progressLate").asLong()).isZero();
        assertThat(rebuild.rebuildIfRequested()).isNotNull();
        assertThat(august().get("progressLate").asLong()).isEqualTo(progressLate);
        assertThat(count("rollup_rebuild_request")).isZero();
        assertThat(rebuild.rebuildIfRequested()).as("nothing asked for").isNull();

        zeroProgressLate();
        expect(200, postAs("admin", Map.of(), "/api/admin/indicators/rebuild"));
        assertThat(august().get("progressLate").asLong()).isEqualTo(progressLate);
        assertThat(august().get("progressOnTimeRate").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void onlyTheAdminMayRebuild() throws Exception {
        for (String user : List.of("clerk", "handler.tckh", "approver", "supervisor")) {
            JsonNode refused = expect(403, postAs(user, Map.of(), "/api/admin/indicators/rebuild"));
            assertThat(refused.get("error").asText()).isEqualTo("forbidden");
        }
        assertThat(expect(401, postAs(null, Map.of(), "/api/admin/indicators/rebuild"))
                        .get("error")
                        .asText())
                .isEqualTo("unauthorized");
        assertThat(getAs("admin", "/api/admin/indicators/rebuild").getResponse().getStatus())
                .isEqualTo(405);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Map<String, JsonNode> reports() throws Exception {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String report : REPORTS) {
            reports.put(report, expect(200, getAs("supervisor", "/api/indicators?" + report)));
        }
        return reports;
    }

    private Map<String, List<Map<String, Object>>> tables() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        TABLES.forEach(sql -> rows.put(sql, jdbc.queryForList(sql)));
        return rows;
    }

    private JsonNode august() throws Exception {
        clockAt(NOW);
        return expect(200, getAs("supervisor", "/api/indicators?" + AUGUST)).get("total");
    }

    private void zeroProgressLate() {
        inTransaction("UPDATE indicator_rollup SET n_progress_late = 0");
        inTransaction("UPDATE indicator_rollup_month SET n_progress_late = 0");
    }

    /** Committed, as a migration's statement is (on MariaDB the pool's connections rest with auto-commit off). */
    private void inTransaction(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> jdbc.update(sql));
    }

    private String intakeOf(String channel, String payment) throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.put("channel", channel);
        body.put("paymentMethod", payment);
        return intake(body).get("code").asText();
    }

    private void resolve(String name) throws Exception {
        completeOk("handler.tckh", codes.get(name), Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", codes.get(name), Map.of("outcome", "SIGN"));
    }

    private void supplementAsked(String name) throws Exception {
        askSupplement(codes.get(name));
    }

    private void supplementBrought(String name) throws Exception {
        bringSupplement(codes.get(name));
    }
}
