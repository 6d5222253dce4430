package vn.motcua.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.clock.SandboxClock;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The whole application on the test database (H2, or MariaDB with {@code -Pmariadb}), driven through its REST
 * API as the demo users. Every API test class extends this one, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ApiTestSupport {

    public static final String PASSWORD = "demo";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected SandboxClock sandbox;

    @Autowired
    protected PlatformTransactionManager transactions;

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected ProcedureCatalog procedureCatalog;

    @AfterEach
    void backToRealTime() {
        sandbox.reset();
    }

    /**
     * A second handler of the TC-KH department, {@code handler.tckh2} (password {@value #PASSWORD}), once per context.
     * In a transaction, as every write of the application is: on MariaDB the pool's connections rest with
     * auto-commit off, and what a borrower leaves uncommitted is rolled back.
     */
    protected void secondHandlerOfTcKh() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE username = 'handler.tckh2'", Long.class) == 0) {
                jdbc.update("INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled)"
                        + " SELECT 'handler.tckh2', password_hash, 'Đồng nghiệp', 'HANDLER', unit_code, TRUE FROM staff"
                        + " WHERE username = 'handler.tckh'");
                jdbc.update(
                        "INSERT INTO staff_department (username, department_code) VALUES ('handler.tckh2', 'TC-KH')");
            }
        });
    }

    /**
     * Moves the clock and fires every timer that has fallen due, as the job executor would (tests run without it,
     * so that nothing depends on a background thread's timing).
     */
    protected void clockAtAndFireTimers(String isoInstant) {
        clockAt(isoInstant);
        ManagementService management = engine.getManagementService();
        List<Job> due;
        while (!(due = management.createJobQuery().executable().active().list()).isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Moves the app's and the engine's clock, as {@code PUT /api/sandbox/clock} does. */
    protected void clockAt(String isoInstant) {
        sandbox.moveTo(OffsetDateTime.parse(isoInstant).toInstant(), true);
    }

    protected MvcResult call(MockHttpServletRequestBuilder request, String user) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, PASSWORD));
        }
        return mvc.perform(request).andReturn();
    }

    protected MvcResult getAs(String user, String url, Object... vars) throws Exception {
        return call(get(url, vars), user);
    }

    protected MvcResult postAs(String user, Object body, String url, Object... vars) throws Exception {
        return call(
                post(url, vars).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
    }

    protected MvcResult putAs(String user, Object body, String url, Object... vars) throws Exception {
        return call(
                put(url, vars).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
    }

    /** {@code POST /api/dossiers} as multipart: the intake's JSON as part {@code dossier}, and the files given. */
    protected MvcResult intakeWithFiles(
            String user, ObjectNode body, org.springframework.mock.web.MockMultipartFile... files) throws Exception {
        return call(dossierWithFiles("/api/dossiers", body, files), user);
    }

    /** The demo portal client's Bearer token, scope {@code dossier.submit}, from {@code POST /oauth2/token}. */
    protected String portalToken() throws Exception {
        MvcResult answer = mvc.perform(post("/oauth2/token")
                        .with(httpBasic("portal", "demo-portal-secret"))
                        .param("grant_type", "client_credentials")
                        .param("scope", "dossier.submit"))
                .andReturn();
        if (answer.getResponse().getStatus() != 200) {
            throw new AssertionError(
                    "The token endpoint answered " + answer.getResponse().getStatus() + ": "
                            + answer.getResponse().getContentAsString());
        }
        return body(answer).get("access_token").asText();
    }

    /** {@code POST /api/portal/dossiers} as multipart with a portal's token: part {@code dossier} and the files. */
    protected MvcResult portalWithFiles(
            String token, ObjectNode body, org.springframework.mock.web.MockMultipartFile... files) throws Exception {
        return mvc.perform(dossierWithFiles("/api/portal/dossiers", body, files)
                        .header(org.springframework.http.HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn();
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder dossierWithFiles(
            String url, ObjectNode body, org.springframework.mock.web.MockMultipartFile... files) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
                .file(new org.springframework.mock.web.MockMultipartFile(
                        "dossier", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body)));
        for (var file : files) {
            request.file(file);
        }
        return request;
    }

    protected JsonNode body(MvcResult result) throws Exception {
        String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return content.isEmpty() ? json.nullNode() : json.readTree(content);
    }

    /** A valid intake of the desk (with a payment method where the procedure has a fee); callers change what their test is about. */
    protected ObjectNode intakeBody(String procedureCode, String decision) {
        ObjectNode body = json.createObjectNode();
        body.put("procedureCode", procedureCode);
        body.put("channel", "DIRECT");
        ObjectNode applicant = body.putObject("applicant");
        applicant.put("fullName", "Nguyễn Thị Hồng Nhung");
        applicant.put("idNumber", "001190012345");
        applicant.put("phone", "0912345678");
        applicant.put("email", "nhung@example.vn");
        applicant.put("address", "Số 12, đường Lê Lợi, xã Demo");
        body.putArray("documents").addObject().put("name", "Tờ khai").put("digitized", true);
        // A fee due needs a payment method at receipt (PaymentMethod.checked).
        if (procedureCatalog.find(procedureCode).map(Procedure::hasFee).orElse(false)) {
            body.put("paymentMethod", "CASH");
        }
        if (decision != null) {
            body.put("decision", decision);
        }
        return body;
    }

    /** Intake by the clerk; fails the test unless the answer is 201. */
    protected JsonNode intake(ObjectNode body) throws Exception {
        MvcResult result = postAs("clerk", body, "/api/dossiers");
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Intake answered " + result.getResponse().getStatus() + ": "
                    + result.getResponse().getContentAsString());
        }
        return body(result);
    }

    protected JsonNode accepted(String procedureCode) throws Exception {
        return intake(intakeBody(procedureCode, "ACCEPT"));
    }

    protected JsonNode dossier(String code) throws Exception {
        return body(getAs("admin", "/api/dossiers/{code}", code));
    }

    /** The open task of a dossier that {@code user} sees, or {@code null}. */
    protected JsonNode taskOf(String user, String dossierCode) throws Exception {
        for (JsonNode task : body(getAs(user, "/api/tasks"))) {
            if (dossierCode.equals(task.path("dossierCode").asText())) {
                return task;
            }
        }
        return null;
    }

    protected MvcResult complete(String user, String dossierCode, Map<String, Object> completion) throws Exception {
        JsonNode task = taskOf(user, dossierCode);
        if (task == null) {
            throw new AssertionError(user + " sees no task of " + dossierCode);
        }
        return postAs(
                user, completion, "/api/tasks/{id}/complete", task.get("id").asText());
    }

    /** Completes the user's task of the dossier; fails the test unless the answer is 204. */
    protected void completeOk(String user, String dossierCode, Map<String, Object> completion) throws Exception {
        MvcResult result = complete(user, dossierCode, completion);
        if (result.getResponse().getStatus() != 204) {
            throw new AssertionError(
                    user + " could not complete: " + result.getResponse().getStatus() + " "
                            + result.getResponse().getContentAsString());
        }
    }

    protected long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Asserts the status of an answer, showing its body when it differs, and returns the body. */
    protected JsonNode expect(int status, MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return body(result);
    }

    /** The department asks the citizen for a supplement during handling (the dossier is suspended). */
    protected void askSupplement(String dossierCode) throws Exception {
        completeOk(
                "handler.tckh",
                dossierCode,
                Map.of(
                        "outcome",
                        "REQUEST_SUPPLEMENT",
                        "reason",
                        "Thiếu biên bản",
                        "missingDocuments",
                        List.of("Biên bản họp thành viên hộ gia đình")));
    }

    /** The citizen brings the supplement to the desk; handling resumes. */
    protected void bringSupplement(String dossierCode) throws Exception {
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("documents", List.of(Map.of("name", "Biên bản họp"))),
                        "/api/dossiers/{code}/supplement",
                        dossierCode));
    }
}
