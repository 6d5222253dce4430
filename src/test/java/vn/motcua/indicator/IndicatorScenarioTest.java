package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * One office month (October 2024, a period no other test uses), driven through the REST API on the sandbox clock:
 * dossiers finished early, on time and late, rejected, refused, withdrawn, in progress past due with and without an
 * apology, suspended; direct, online and postal; digitised or not; paid cash or cashless; rated or not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorScenarioTest extends ApiTestSupport {

    static final String PERIOD = "from=2024-10-01&to=2024-10-31";

    @Autowired
    IndicatorService service;

    @Autowired
    IndicatorMapper mapper;

    @Autowired
    MeterRegistry registry;

    final Map<String, String> codes = new HashMap<>();

    @BeforeAll
    void officeMonth() throws Exception {
        clockAt("2024-10-01T09:00:00+07:00");
        codes.put("early", intakeOf("HO-KINH-DOANH", "DIRECT", "CASHLESS", true, "ACCEPT"));
        codes.put("onTime", intakeOf("HO-KINH-DOANH", "ONLINE", null, false, "ACCEPT"));
        codes.put("late", intakeOf("HO-KINH-DOANH", "POSTAL", "CASHLESS", true, "ACCEPT"));
        codes.put("overdue", intakeOf("HO-KINH-DOANH", "DIRECT", "CASH", false, "ACCEPT"));
        codes.put("suspended", intakeOf("HO-KINH-DOANH", "DIRECT", null, true, "ACCEPT"));
        codes.put("refused", intakeOf("KHAI-SINH", "DIRECT", null, true, "REFUSE"));
        codes.put("sameDay", intakeOf("KHAI-SINH", "ONLINE", null, true, "ACCEPT"));
        codes.put("rejected", intakeOf("HO-KINH-DOANH", "DIRECT", null, true, "ACCEPT"));
        codes.put("withdrawn", intakeOf("HO-KINH-DOANH", "DIRECT", null, true, "ACCEPT"));

        clockAt("2024-10-01T10:00:00+07:00");
        work("handler.tuphap", codes.get("sameDay"), Map.of("outcome", "PROPOSE_RESULT"));
        work("approver", codes.get("sameDay"), Map.of("outcome", "SIGN"));
        clockAt("2024-10-01T11:00:00+07:00");
        work("clerk", codes.get("sameDay"), Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Văn An"));

        clockAt("2024-10-02T09:00:00+07:00");
        work(
                "handler.tckh",
                codes.get("suspended"),
                Map.of(
                        "outcome",
                        "REQUEST_SUPPLEMENT",
                        "reason",
                        "Thiếu biên bản",
                        "missingDocuments",
                        List.of("Biên bản họp thành viên hộ gia đình")));
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("reason", "Công dân xin rút"),
                        "/api/dossiers/{code}/withdraw",
                        codes.get("withdrawn")));
        clockAt("2024-10-02T10:00:00+07:00");
        work("handler.tckh", codes.get("early"), Map.of("outcome", "PROPOSE_RESULT"));
        work("approver", codes.get("early"), Map.of("outcome", "SIGN"));

        clockAt("2024-10-03T08:30:00+07:00");
        work("handler.tckh", codes.get("rejected"), Map.of("outcome", "REJECT", "reason", "Ngành nghề bị cấm"));

        // The apology point (one working day before the 2024-10-04 09:00 due): only the late dossier gets its letter.
        clockAtAndFireTimers("2024-10-03T09:01:00+07:00");
        JsonNode apology = task("handler.tckh", codes.get("late"), true);
        expect(
                204,
                postAs(
                        "handler.tckh",
                        Map.of(
                                "outcome",
                                "ISSUE_APOLOGY",
                                "reason",
                                "Chờ xác minh",
                                "newDueAt",
                                "2024-10-08T16:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        apology.get("id").asText()));
        clockAt("2024-10-03T10:00:00+07:00");
        work(
                "clerk",
                codes.get("early"),
                Map.of("outcome", "RETURNED", "receivedBy", "Trần Thị Bình", "satisfaction", 5));

        clockAt("2024-10-04T08:30:00+07:00");
        work("handler.tckh", codes.get("onTime"), Map.of("outcome", "PROPOSE_RESULT"));
        work("approver", codes.get("onTime"), Map.of("outcome", "SIGN"));
        clockAtAndFireTimers("2024-10-04T09:01:00+07:00");

        clockAt("2024-10-07T10:00:00+07:00");
        work("handler.tckh", codes.get("late"), Map.of("outcome", "PROPOSE_RESULT"));
        work("approver", codes.get("late"), Map.of("outcome", "SIGN"));
        work(
                "clerk",
                codes.get("onTime"),
                Map.of("outcome", "RETURNED", "receivedBy", "Lê Văn Cường", "satisfaction", 3));
        clockAt("2024-10-08T10:00:00+07:00");
        work(
                "clerk",
                codes.get("late"),
                Map.of("outcome", "RETURNED", "receivedBy", "Phạm Thị Dung", "satisfaction", 4));
    }

    @Test
    void octoberFiguresCountEveryDossierOnceWhereIndicatorsMdPutsIt() throws Exception {
        clockAt("2024-10-08T10:00:00+07:00");
        MvcResult result = getAs("supervisor", "/api/indicators?" + PERIOD);
        JsonNode total = expect(200, result).get("total");
        // Rates are written with their 4 decimals, points with 2.
        assertThat(result.getResponse().getContentAsString()).contains("\"onTimeRate\":0.8000", "\"points\":16.00");

        assertThat(counts(total))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("received", 8L),
                        Map.entry("receivedOnline", 2L),
                        Map.entry("receivedPostal", 1L),
                        Map.entry("resolved", 5L),
                        Map.entry("early", 2L),
                        Map.entry("onTime", 2L),
                        Map.entry("late", 1L),
                        Map.entry("progressLate", 1L),
                        Map.entry("inProgress", 2L),
                        Map.entry("inProgressOverdue", 1L),
                        Map.entry("suspended", 1L),
                        Map.entry("refused", 1L),
                        Map.entry("apologies", 1L),
                        Map.entry("passedDue", 2L),
                        Map.entry("lateWithoutApology", 1L),
                        Map.entry("returned", 4L),
                        Map.entry("digitized", 6L),
                        Map.entry("feeDossiers", 7L),
                        Map.entry("cashless", 2L),
                        Map.entry("ratings", 3L),
                        Map.entry("satisfied", 2L),
                        Map.entry("synced", 0L),
                        Map.entry("electronicResults", 0L),
                        Map.entry("digitizedResults", 0L),
                        Map.entry("reusedComponents", 0L)));
        assertThat(total.get("onTimeRate").decimalValue()).isEqualByComparingTo("0.8000");
        assertThat(total.get("lateRate").decimalValue()).isEqualByComparingTo("0.2");
        // No dossier of the month was asked for a supplement twice: the portal's rate is the PAR one.
        assertThat(total.get("progressOnTimeRate").decimalValue()).isEqualByComparingTo("0.8000");
        assertThat(total.get("onlineRate").decimalValue()).isEqualByComparingTo("0.25");
        // Digitised: the dossiers with a file for every component (6) over those received (8).
        assertThat(total.get("digitizedRate").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(total.get("cashlessRate").decimalValue()).isEqualByComparingTo("0.2857");
        assertThat(total.get("satisfactionRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(total.get("apologyCompliance").decimalValue()).isEqualByComparingTo("0.5");

        JsonNode score = total.get("score766");
        assertThat(points(score, "TIEN_DO")).isEqualByComparingTo("16.00");
        assertThat(points(score, "SO_HOA")).isEqualByComparingTo("16.50");
        assertThat(points(score, "DVC_TRUC_TUYEN")).isEqualByComparingTo("3.00");
        assertThat(points(score, "THANH_TOAN_TRUC_TUYEN")).isEqualByComparingTo("2.86");
        assertThat(points(score, "HAI_LONG")).isEqualByComparingTo("12.00");
        // No portal was told of these dossiers: none synchronised, none of công khai's points.
        assertThat(total.get("synced").asLong()).isZero();
        assertThat(points(score, "CONG_KHAI")).isEqualByComparingTo("0.00");
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo("50.36");
        assertThat(score.get("measuredMaxPoints").asInt()).isEqualTo(100);
        assertThat(score.get("notMeasured")).isNotEmpty();
    }

    @Test
    void everyFigureDrillsDownToExactlyThatManyDossiers() throws Exception {
        clockAt("2024-10-08T10:00:00+07:00");
        JsonNode total =
                expect(200, getAs("supervisor", "/api/indicators?" + PERIOD)).get("total");
        for (Metric metric : Metric.values()) {
            JsonNode page = expect(
                    200,
                    getAs(
                            "supervisor",
                            "/api/indicators/dossiers?metric=" + metric.param() + "&" + PERIOD + "&size=500"));
            assertThat(page.get("total").asLong())
                    .as(metric.param())
                    .isEqualTo(total.get(metric.param()).asLong());
            assertThat(page.get("items"))
                    .as(metric.param())
                    .hasSize(total.get(metric.param()).asInt());
            List<String> listed = new ArrayList<>();
            page.get("items").forEach(item -> listed.add(item.get("code").asText()));
            List<Long> recounted = mapper.recountIds(
                    service.scope(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), null, null, null),
                    metric.param());
            assertThat(listed)
                    .as(metric.param())
                    .containsExactlyInAnyOrderElementsOf(
                            recounted.isEmpty()
                                    ? List.of()
                                    : mapper.dossiersByIds(recounted).stream()
                                            .map(DrillDownRow::code)
                                            .toList());
        }
        JsonNode late = expect(200, getAs("admin", "/api/indicators/dossiers?metric=lateWithoutApology&" + PERIOD));
        assertThat(late.get("items").get(0).get("code").asText()).isEqualTo(codes.get("overdue"));
        assertThat(late.get("items").get(0).get("timelineUrl").asText())
                .isEqualTo("/api/dossiers/" + codes.get("overdue"));
        assertThat(late.get("items").get(0).get("dueAt").asText()).isEqualTo("2024-10-04T09:00:00+07:00");
        JsonNode suspended = expect(200, getAs("admin", "/api/indicators/dossiers?metric=suspended&" + PERIOD));
        assertThat(suspended.get("items").get(0).get("code").asText()).isEqualTo(codes.get("suspended"));
        JsonNode paged =
                expect(200, getAs("admin", "/api/indicators/dossiers?metric=received&" + PERIOD + "&page=1&size=3"));
        assertThat(paged.get("total").asLong()).isEqualTo(8);
        assertThat(paged.get("items")).hasSize(3);
    }

    /**
     * The rollup's promise: every flow figure summed from it equals a recount of the dossier rows, in the scenario's
     * period and over every dossier the shared test database holds, per procedure.
     */
    @Test
    void rollupEqualsARecountOfTheDossierRows() {
        clockAt("2024-10-08T10:00:00+07:00");
        List<IndicatorScope> scopes = List.of(
                service.scope(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), null, null, null),
                service.scope(LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 3), null, "TC-KH", null),
                service.scope(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), null, null, "HO-KINH-DOANH"),
                service.scope(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), null, null, "KHAI-SINH"),
                service.scope(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), "PHUONG-HO-SEN", null, null));
        for (IndicatorScope scope : scopes) {
            Figures figures = service.figures(scope);
            for (Metric metric : Metric.values()) {
                assertThat(figures.count(metric))
                        .as(metric.param() + " in " + scope)
                        .isEqualTo(mapper.count(scope, metric.param()));
            }
        }
    }

    @Test
    void groupedByUnitEachUnitHasItsFiguresAndARank() throws Exception {
        clockAt("2024-10-08T10:00:00+07:00");
        JsonNode report = expect(200, getAs("admin", "/api/indicators?" + PERIOD + "&groupBy=unit"));
        JsonNode unit = report.get("groups").get(0);
        assertThat(unit.get("key").asText()).isEqualTo("PHUONG-HO-SEN");
        assertThat(unit.get("rank").asInt()).isEqualTo(1);
        assertThat(unit.get("figures").get("received").asLong()).isEqualTo(8);

        JsonNode byProcedure = expect(200, getAs("admin", "/api/indicators?" + PERIOD + "&groupBy=procedure"));
        long received = 0;
        for (JsonNode g : byProcedure.get("groups")) {
            received += g.get("figures").get("received").asLong();
            if (g.get("key").asText().equals("KHAI-SINH")) {
                assertThat(g.get("figures").get("refused").asLong()).isEqualTo(1);
                assertThat(g.get("figures").get("feeDossiers").asLong()).isZero();
                assertThat(g.get("figures").get("cashlessRate").isNull()).isTrue();
            }
        }
        assertThat(received).isEqualTo(8);

        JsonNode tuPhap = expect(200, getAs("admin", "/api/indicators?" + PERIOD + "&department=TU-PHAP"))
                .get("total");
        assertThat(tuPhap.get("received").asLong()).isEqualTo(1);
        assertThat(tuPhap.get("refused").asLong()).isEqualTo(1);

        JsonNode byMonth = expect(200, getAs("admin", "/api/indicators?from=2024-09-15&to=2024-10-31&groupBy=month"));
        assertThat(byMonth.get("groups")).hasSize(2);
        assertThat(byMonth.get("groups").get(0).get("figures").get("received").asLong())
                .isZero();
        assertThat(byMonth.get("groups").get(1).get("figures").get("received").asLong())
                .isEqualTo(8);
    }

    @Test
    void periodEndStatesAreReadAtThatEnd() throws Exception {
        clockAt("2024-10-08T10:00:00+07:00");
        // On 2 October the on-time dossier was still in time, the suspended one waiting, the early one ready.
        JsonNode second = expect(200, getAs("admin", "/api/indicators?from=2024-10-02&to=2024-10-02"))
                .get("total");
        assertThat(second.get("inProgress").asLong()).isEqualTo(5);
        assertThat(second.get("suspended").asLong()).isEqualTo(1);
        assertThat(second.get("inProgressOverdue").asLong()).isZero();
        assertThat(second.get("resolved").asLong()).isEqualTo(1);
        assertThat(second.get("received").asLong()).isZero();
    }

    @Test
    void badPeriodsAreRejectedNamingTheField() throws Exception {
        assertThat(expect(400, getAs("admin", "/api/indicators?to=2024-10-31"))
                        .get("fields")
                        .has("from"))
                .isTrue();
        assertThat(expect(400, getAs("admin", "/api/indicators?from=2024-10-01&to=31/10/2024"))
                        .get("fields")
                        .has("to"))
                .isTrue();
        assertThat(expect(400, getAs("admin", "/api/indicators?from=2024-11-01&to=2024-10-31"))
                        .get("fields")
                        .has("from"))
                .isTrue();
        assertThat(expect(400, getAs("admin", "/api/indicators?" + PERIOD + "&groupBy=year"))
                        .get("fields")
                        .has("groupBy"))
                .isTrue();
        assertThat(expect(400, getAs("admin", "/api/indicators/dossiers?metric=nope&" + PERIOD))
                        .get("fields")
                        .has("metric"))
                .isTrue();
        assertThat(expect(400, getAs("admin", "/api/indicators/dossiers?metric=received"))
                        .get("fields")
                        .has("from"))
                .isTrue();
        assertThat(getAs("clerk", "/api/indicators?" + PERIOD).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(getAs("handler.tckh", "/api/indicators/dossiers?metric=received&" + PERIOD)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void csvHasABomAndVietnameseHeadersAndXlsxOpens() throws Exception {
        clockAt("2024-10-08T10:00:00+07:00");
        MvcResult csv = getAs("supervisor", "/api/indicators?" + PERIOD + "&groupBy=unit&format=csv");
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("chi-so-2024-10-01_2024-10-31.csv");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0])
                .startsWith("Mã,Tên,Xếp hạng,Tiếp nhận,Tiếp nhận trực tuyến")
                .contains("Tỷ lệ hài lòng");
        // The league table ranks every unit of the province; the ward that received the scenario's dossiers leads.
        assertThat(lines[1])
                .startsWith(
                        "PHUONG-HO-SEN,Ủy ban nhân dân phường Hồ Sen,1,8,2,1,5,2,2,1,1,2,1,1,1,1,2,1,4,6,7,2,3,2,0,0,0,0,0.8000");
        assertThat(lines[lines.length - 1]).startsWith("TONG,");

        MvcResult xlsx = getAs("supervisor", "/api/indicators?" + PERIOD + "&format=xlsx");
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tiếp nhận");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(8.0);
        }
    }

    @Test
    void gaugesShowTheCurrentMonth() {
        clockAt("2024-10-08T10:00:00+07:00");
        // Computed lazily at read; another test may have read them within the cache window at another time.
        registry.find("motcua.dossiers.received").gauge();
        assertThat(registry.get("motcua.dossiers.received").gauge()).isNotNull();
        assertThat(registry.get("motcua.ontime.rate").gauge()).isNotNull();
        assertThat(service.currentMonth().received()).isEqualTo(8);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String intakeOf(String procedure, String channel, String payment, boolean digitized, String decision)
            throws Exception {
        ObjectNode body = intakeBody(procedure, decision);
        body.put("channel", channel);
        if (payment != null) {
            body.put("paymentMethod", payment);
        }
        if ("REFUSE".equals(decision)) {
            body.put("reason", "Không thuộc thẩm quyền");
        }
        if (!digitized) {
            return intake(body).get("code").asText();
        }
        // Digitised: a file for its one document (docs/domain.md, "Files").
        return expect(
                        201,
                        intakeWithFiles(
                                "clerk",
                                body,
                                vn.motcua.support.TestFiles.part(
                                        "files[Tờ khai]",
                                        "to-khai.pdf",
                                        "application/pdf",
                                        vn.motcua.support.TestFiles.pdf(procedure))))
                .get("code")
                .asText();
    }

    /** Completes the user's handling task (not the apology task) of the dossier. */
    private void work(String user, String code, Map<String, Object> completion) throws Exception {
        JsonNode task = task(user, code, false);
        assertThat(task).as(user + " has a task of " + code).isNotNull();
        expect(
                204,
                postAs(
                        user,
                        completion,
                        "/api/tasks/{id}/complete",
                        task.get("id").asText()));
    }

    private JsonNode task(String user, String code, boolean apology) throws Exception {
        for (JsonNode task : body(getAs(user, "/api/tasks"))) {
            if (code.equals(task.path("dossierCode").asText())
                    && apology == "Task_IssueApology".equals(task.get("key").asText())) {
                return task;
            }
        }
        return null;
    }

    private static Map<String, Long> counts(JsonNode figures) {
        Map<String, Long> counts = new HashMap<>();
        for (Metric metric : Metric.values()) {
            counts.put(metric.param(), figures.get(metric.param()).asLong());
        }
        return counts;
    }

    private static java.math.BigDecimal points(JsonNode score, String group) {
        for (JsonNode g : score.get("groups")) {
            if (g.get("code").asText().equals(group)) {
                return g.get("points").decimalValue();
            }
        }
        throw new AssertionError("No group " + group);
    }
}
