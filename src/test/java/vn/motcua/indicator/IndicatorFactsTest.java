package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.motcua.support.TestFiles.jpeg;
import static vn.motcua.support.TestFiles.part;
import static vn.motcua.support.TestFiles.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.portal.ReceiptSynced;
import vn.motcua.support.ApiTestSupport;

/**
 * The drill-down of the file and portal figures reads {@code indicator_fact} (V34): its pages list exactly the
 * dossiers the figure counts, as a recount of the dossier rows, their files and the portal's answers selects them,
 * page after page, and an upgrade's backfill writes the facts the steps wrote. A week of March 2028, which no other
 * test uses, on the sandbox clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorFactsTest extends ApiTestSupport {

    static final LocalDate FROM = LocalDate.of(2028, 3, 1);
    static final LocalDate TO = LocalDate.of(2028, 3, 31);
    static final List<String> METRICS = List.of("synced", "reusedComponents", "electronicResults", "digitizedResults");

    @Autowired
    IndicatorMapper mapper;

    @Autowired
    IndicatorService service;

    @Autowired
    ApplicationEventPublisher events;

    /** The dossiers of the week by what they have: each figure counts some of them and not the others. */
    final Map<String, String> codes = new LinkedHashMap<>();

    @BeforeAll
    void aWeekOfFilesAndPortalAnswers() throws Exception {
        clockAt("2028-03-07T09:00:00+07:00");
        codes.put("electronic", accepted("HO-KINH-DOANH").get("code").asText());
        codes.put("scanned", accepted("HO-KINH-DOANH").get("code").asText());
        codes.put("plain", accepted("HO-KINH-DOANH").get("code").asText());

        String idNumber = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        ObjectNode first = withIdCopy(idNumber);
        codes.put(
                "firstOfCitizen",
                expect(
                                201,
                                intakeWithFiles(
                                        "clerk", first, part("files[Bản sao CCCD]", "cccd.jpg", "image/jpeg", jpeg())))
                        .get("code")
                        .asText());
        long earlier = expect(200, getAs("clerk", "/api/reusable-files?idNumber={id}", idNumber))
                .get(0)
                .get("id")
                .asLong();
        ObjectNode second = withIdCopy(idNumber);
        second.putArray("reuse").add(earlier);
        codes.put("reusing", intake(second).get("code").asText());

        // The portal acknowledges two receipts, as OutboxWorker records an acknowledgement.
        synced("plain");
        synced("reusing");

        clockAt("2028-03-08T09:00:00+07:00");
        expect(
                201,
                call(
                        multipart("/api/dossiers/{code}/result-files", codes.get("electronic"))
                                .file(part("file", "ket-qua.pdf", "application/pdf", pdf("Giấy chứng nhận"))),
                        "handler.tckh"));
        for (String name : List.of("electronic", "scanned", "plain")) {
            completeOk("handler.tckh", codes.get(name), Map.of("outcome", "PROPOSE_RESULT"));
            completeOk("approver", codes.get(name), Map.of("outcome", "SIGN"));
        }
        clockAt("2028-03-09T10:00:00+07:00");
        expect(
                201,
                call(
                        multipart("/api/dossiers/{code}/result-files", codes.get("scanned"))
                                .file(part("file", "ket-qua-giay.jpg", "image/jpeg", jpeg())),
                        "clerk"));
        for (String name : List.of("electronic", "scanned", "plain")) {
            completeOk("clerk", codes.get(name), Map.of("outcome", "RETURNED", "receivedBy", "Lê Văn Tâm"));
        }
    }

    private ObjectNode withIdCopy(String idNumber) {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.putArray("documents").addObject().put("name", "Bản sao CCCD");
        ((ObjectNode) body.get("applicant")).put("idNumber", idNumber);
        return body;
    }

    private void synced(String name) {
        long id = id(codes.get(name));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update(
                    "INSERT INTO portal_outbox (dossier_id, dossier_code, seq, status_code, payload, created_at,"
                            + " next_attempt_at, attempts, sent_at) VALUES (?, ?, 900, 2, '{}', ?, ?, 1, ?)",
                    id,
                    codes.get(name),
                    java.sql.Timestamp.from(sandbox.now()),
                    java.sql.Timestamp.from(sandbox.now()),
                    java.sql.Timestamp.from(sandbox.now()));
            events.publishEvent(new ReceiptSynced(id));
        });
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM dossier WHERE code = ?", Long.class, code);
    }

    @Test
    void eachFigureListsTheDossiersItCountsPageAfterPage() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "synced", List.of("plain", "reusing"),
                "reusedComponents", List.of("reusing"),
                "electronicResults", List.of("electronic"),
                "digitizedResults", List.of("electronic", "scanned"));
        String unit = jdbc.queryForObject(
                "SELECT unit_code FROM dossier WHERE code = ?", String.class, codes.get("electronic"));
        for (String metric : METRICS) {
            for (String scope : List.of("", "&unit=" + unit, "&procedureCode=HO-KINH-DOANH", "&department=TC-KH")) {
                String query = "metric=" + metric + "&from=" + FROM + "&to=" + TO + scope;
                List<String> listed = listed(query + "&size=200");
                List<Long> recounted = mapper.recountIds(
                        service.scope(
                                FROM,
                                TO,
                                scope.startsWith("&unit") ? unit : null,
                                scope.startsWith("&department") ? "TC-KH" : null,
                                scope.startsWith("&procedure") ? "HO-KINH-DOANH" : null),
                        metric);
                assertThat(listed)
                        .as(query)
                        .containsExactlyInAnyOrderElementsOf(mapper.dossiersByIds(recounted).stream()
                                .map(DrillDownRow::code)
                                .toList());
                assertThat(listed)
                        .as(query)
                        .containsAll(
                                expected.get(metric).stream().map(codes::get).toList())
                        .doesNotContainAnyElementsOf(codes.entrySet().stream()
                                .filter(e -> !expected.get(metric).contains(e.getKey()))
                                .map(Map.Entry::getValue)
                                .toList());
                JsonNode report =
                        expect(200, getAs("supervisor", "/api/indicators?from=" + FROM + "&to=" + TO + scope));
                assertThat((long) listed.size())
                        .as("the figure of " + query)
                        .isEqualTo(report.get("total").get(metric).asLong());

                List<String> pageByPage = new ArrayList<>();
                for (int page = 0; page <= listed.size(); page++) {
                    pageByPage.addAll(listed(query + "&size=1&page=" + page));
                }
                assertThat(pageByPage)
                        .as("pages of one, in the order of the whole list")
                        .isEqualTo(listed);
            }
        }
    }

    /** The portal may acknowledge a receipt status again (a retried delivery): the dossier is synchronised once. */
    @Test
    void aSecondAcknowledgementOfTheSameReceiptCountsNothing() throws Exception {
        String period = "/api/indicators?from=" + FROM + "&to=" + TO;
        long synced = expect(200, getAs("supervisor", period))
                .get("total")
                .get("synced")
                .asLong();
        long id = id(codes.get("plain"));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new ReceiptSynced(id)));

        assertThat(expect(200, getAs("supervisor", period))
                        .get("total")
                        .get("synced")
                        .asLong())
                .isEqualTo(synced);
        assertThat(listed("metric=synced&from=" + FROM + "&to=" + TO + "&size=200"))
                .hasSize((int) synced);
    }

    private List<String> listed(String query) throws Exception {
        List<String> codesListed = new ArrayList<>();
        expect(200, getAs("supervisor", "/api/indicators/dossiers?" + query))
                .get("items")
                .forEach(item -> codesListed.add(item.get("code").asText()));
        return codesListed;
    }

    @Test
    void theUpgradeBackfillWritesTheFactsTheStepsWrote() throws Exception {
        String facts = "SELECT counter, dossier_id, unit_code, procedure_code, counted_at FROM indicator_fact"
                + " ORDER BY counter, dossier_id";
        List<String> backfill = backfillOfV34();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            List<Map<String, Object>> writtenBySteps = jdbc.queryForList(facts);
            jdbc.update("DELETE FROM indicator_fact");
            backfill.forEach(jdbc::update);
            List<Map<String, Object>> writtenByBackfill = jdbc.queryForList(facts);
            tx.setRollbackOnly();

            assertThat(writtenByBackfill).containsExactlyElementsOf(writtenBySteps);
            List<Object> ours =
                    codes.values().stream().map(code -> (Object) id(code)).toList();
            assertThat(writtenBySteps.stream()
                            .filter(row -> ours.contains(row.get("dossier_id")))
                            .map(row -> row.get("counter")))
                    .as("this class's dossiers give the backfill a fact of each kind")
                    .contains("SYNCED", "REUSED_COMPONENTS", "ELECTRONIC_RESULTS", "DIGITIZED_RESULTS");
        });
    }

    /** The INSERTs of V34 that fill indicator_fact for the dossiers counted before it. */
    private static List<String> backfillOfV34() throws java.io.IOException {
        String script = new ClassPathResource("db/migration/common/V34__indicator_facts.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> inserts = Arrays.stream(script.split(";"))
                .map(String::strip)
                .map(statement -> statement.substring(Math.max(0, statement.indexOf("INSERT INTO indicator_fact"))))
                .filter(statement -> statement.startsWith("INSERT INTO indicator_fact"))
                .toList();
        assertThat(inserts).hasSize(4);
        return inserts;
    }
}
