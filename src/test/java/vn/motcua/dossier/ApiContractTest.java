package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/** The error contract of docs/api.md: JSON bodies naming the field, the right status, and nothing half-written. */
class ApiContractTest extends ApiTestSupport {

    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void friday() {
        clockAt("2025-03-07T10:00:00+07:00");
    }

    @Test
    void blankApplicantNameIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        long dossiers = count("dossier");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        ((ObjectNode) body.get("applicant")).put("fullName", " ");
        ((ObjectNode) body.get("applicant")).put("phone", "12345");
        JsonNode error = expectContract(400, postAs("clerk", body, "/api/dossiers"));
        assertThat(error.get("error").asText()).isEqualTo("validation");
        assertThat(error.get("fields").get("applicant.fullName").asText()).isNotBlank();
        assertThat(error.get("fields").get("applicant.phone").asText()).contains("phone");
        assertThat(count("dossier")).isEqualTo(dossiers);
    }

    @Test
    void unknownProcedureIsABadRequestNamingProcedureCode() throws Exception {
        JsonNode error = expectContract(400, postAs("clerk", intakeBody("KHONG-CO", "ACCEPT"), "/api/dossiers"));
        assertThat(error.get("fields").get("procedureCode").asText()).contains("KHONG-CO");
    }

    @Test
    void unknownChannelNamesTheFieldAndItsAllowedValues() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.put("channel", "FAX");
        JsonNode error = expectContract(400, postAs("clerk", body, "/api/dossiers"));
        assertThat(error.get("fields").get("channel").asText()).contains("DIRECT", "ONLINE", "POSTAL");
    }

    @Test
    void supplementRequestWithoutReasonRollsBackTheWholeIntake() throws Exception {
        long dossiers = count("dossier");
        long events = count("dossier_event");
        long processes = runtime.createProcessInstanceQuery().count();
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        body.putArray("missingDocuments").add("Bản sao CCCD");
        JsonNode error = expectContract(400, postAs("clerk", body, "/api/dossiers"));
        assertThat(error.get("fields").has("reason")).isTrue();
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_event")).isEqualTo(events);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
    }

    @Test
    void supplementRequestMustNameEveryMissingDocument() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        body.put("reason", "Thiếu giấy tờ");
        JsonNode error = expectContract(400, postAs("clerk", body, "/api/dossiers"));
        assertThat(error.get("fields").has("missingDocuments")).isTrue();
    }

    @Test
    void feeProcedureCannotBeMarkedAsFree() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.put("paymentMethod", "NONE");
        JsonNode error = expectContract(400, postAs("clerk", body, "/api/dossiers"));
        assertThat(error.get("fields").get("paymentMethod").asText()).contains("100000");
    }

    @Test
    void noCredentialsIs401AndAWrongRoleIs403BothInJson() throws Exception {
        JsonNode unauthorized = expectContract(401, getAs(null, "/api/dossiers"));
        assertThat(unauthorized.get("error").asText()).isEqualTo("unauthorized");
        JsonNode forbidden =
                expectContract(403, postAs("handler.tckh", intakeBody("HO-KINH-DOANH", "ACCEPT"), "/api/dossiers"));
        assertThat(forbidden.get("error").asText()).isEqualTo("forbidden");
        expectContract(
                401,
                call(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/dossiers")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.httpBasic("clerk", "wrong")),
                        null));
    }

    @Test
    void unknownDossierAndTaskAre404() throws Exception {
        expectContract(404, getAs("clerk", "/api/dossiers/{code}", "000.00.15.H12-250307-9999"));
        expectContract(404, postAs("clerk", Map.of("outcome", "ACCEPT"), "/api/tasks/{id}/complete", "no-such-task"));
    }

    @Test
    void handlerCannotSeeOrWorkAnotherDepartmentsDossier() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String taskId = taskOf("handler.tckh", code).get("id").asText();
        assertThat(taskOf("handler.tuphap", code)).isNull();
        expectContract(
                403, postAs("handler.tuphap", Map.of("outcome", "PROPOSE_RESULT"), "/api/tasks/{id}/complete", taskId));
        expectContract(403, postAs("handler.tuphap", Map.of(), "/api/tasks/{id}/claim", taskId));
        expectContract(403, getAs("handler.tuphap", "/api/dossiers/{code}", code));
        JsonNode list = body(getAs("handler.tuphap", "/api/dossiers?procedureCode=HO-KINH-DOANH"));
        assertThat(list.get("total").asLong()).isZero();
        assertThat(body(getAs("handler.tckh", "/api/dossiers/{code}", code))
                        .get("code")
                        .asText())
                .isEqualTo(code);
    }

    @Test
    void outcomeNotOfferedByTheTaskIsRefusedNamingOutcome() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        JsonNode error = expectContract(400, complete("handler.tckh", code, Map.of("outcome", "SIGN")));
        assertThat(error.get("fields").get("outcome").asText()).contains("PROPOSE_RESULT");
    }

    @Test
    void completingATaskTwiceIsAConflict() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String taskId = taskOf("handler.tckh", code).get("id").asText();
        expectContract(
                204, postAs("handler.tckh", Map.of("outcome", "PROPOSE_RESULT"), "/api/tasks/{id}/complete", taskId));
        expectContract(
                409, postAs("handler.tckh", Map.of("outcome", "PROPOSE_RESULT"), "/api/tasks/{id}/complete", taskId));
    }

    @Test
    void taskClaimedByAColleagueCannotBeClaimedOrCompletedByAnother() throws Exception {
        secondHandlerOfTcKh();
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String taskId = taskOf("handler.tckh", code).get("id").asText();
        expectContract(204, postAs("handler.tckh", Map.of(), "/api/tasks/{id}/claim", taskId));
        assertThat(taskOf("handler.tckh2", code).get("assignee").asText()).isEqualTo("handler.tckh");
        expectContract(409, postAs("handler.tckh2", Map.of(), "/api/tasks/{id}/claim", taskId));
        expectContract(
                409, postAs("handler.tckh2", Map.of("outcome", "PROPOSE_RESULT"), "/api/tasks/{id}/complete", taskId));
        expectContract(409, postAs("handler.tckh2", Map.of(), "/api/tasks/{id}/unclaim", taskId));
        expectContract(204, postAs("handler.tckh", Map.of(), "/api/tasks/{id}/unclaim", taskId));
        expectContract(
                204, postAs("handler.tckh2", Map.of("outcome", "PROPOSE_RESULT"), "/api/tasks/{id}/complete", taskId));
    }

    @Test
    void supplementForADossierThatWaitsForNoneIsAConflict() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        expectContract(
                409,
                postAs(
                        "clerk",
                        Map.of("documents", List.of(Map.of("name", "Giấy tờ"))),
                        "/api/dossiers/{code}/supplement",
                        code));
    }

    @Test
    void publicLookupShowsStatusOnlyAndTheSameAnswerForAWrongPhoneAsForAnUnknownCode() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        JsonNode found = expectContract(200, getAs(null, "/api/public/dossiers/{code}?phone=5678", code));
        assertThat(found.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(found.get("dueAt").asText()).isEqualTo("2025-03-12T10:00:00+07:00");
        assertThat(found.has("applicant")).isFalse();
        JsonNode wrongPhone = expectContract(404, getAs(null, "/api/public/dossiers/{code}?phone=0000", code));
        JsonNode unknown =
                expectContract(404, getAs(null, "/api/public/dossiers/{code}?phone=5678", "000.00.15.H12-250307-9998"));
        assertThat(wrongPhone).isEqualTo(unknown);
    }

    @Test
    void dossierListFiltersByStatusProcedureAndOverdue() throws Exception {
        String code = accepted("CHUNG-THUC-BAN-SAO").get("code").asText();
        clockAt("2025-03-10T10:00:00+07:00");
        JsonNode overdue =
                body(getAs("supervisor", "/api/dossiers?overdue=true&procedureCode=CHUNG-THUC-BAN-SAO&size=200"));
        assertThat(overdue.get("items").findValuesAsText("code")).contains(code);
        assertThat(overdue.get("items").findValuesAsText("overdue")).containsOnly("true");
        JsonNode suspended =
                body(getAs("supervisor", "/api/dossiers?status=SUSPENDED&procedureCode=CHUNG-THUC-BAN-SAO"));
        assertThat(suspended.get("items").findValuesAsText("code")).doesNotContain(code);
        expectContract(400, getAs("supervisor", "/api/dossiers?status=NOPE"));
    }

    @Test
    void taskListRowCarriesItsDossiersProcedureDueDateAndWhetherItIsOverdue() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        JsonNode dossier = accepted("HO-KINH-DOANH");
        String code = dossier.get("code").asText();
        OffsetDateTime dueAt = OffsetDateTime.parse(dossier.get("dueAt").asText());

        JsonNode task = taskOf("handler.tckh", code);
        assertThat(task.get("procedureCode").asText()).isEqualTo("HO-KINH-DOANH");
        assertThat(OffsetDateTime.parse(task.get("dossierDueAt").asText()).toInstant())
                .isEqualTo(dueAt.toInstant());
        assertThat(task.get("dossierOverdue").asBoolean()).isFalse();

        clockAt(dueAt.plusMinutes(1).toString());
        assertThat(taskOf("handler.tckh", code).get("dossierOverdue").asBoolean())
                .as("past its due instant, still in handling")
                .isTrue();
    }

    @Test
    void taskListOfOneDossierHasOnlyThatDossiersTasksOfTheCallersDepartment() throws Exception {
        String first = accepted("HO-KINH-DOANH").get("code").asText();
        String second = accepted("HO-KINH-DOANH").get("code").asText();
        String birth = accepted("KHAI-SINH").get("code").asText();

        JsonNode tasks = expectContract(200, getAs("handler.tckh", "/api/tasks?dossierCode={code}", second));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("dossierCode").asText()).isEqualTo(second);
        assertThat(tasks.get(0).get("key").asText()).isEqualTo("Task_ExamineDossier");
        assertThat(expectContract(200, getAs("handler.tckh", "/api/tasks")).findValuesAsText("dossierCode"))
                .as("without the filter, both of its department's dossiers")
                .contains(first, second);
        assertThat(expectContract(200, getAs("handler.tckh", "/api/tasks?dossierCode={code}", birth)))
                .as("another department's dossier")
                .isEmpty();
    }

    @Test
    void procedureCatalogListsTheRequiredProceduresWithTheirLimits() throws Exception {
        JsonNode procedures = expectContract(200, getAs("clerk", "/api/procedures"));
        assertThat(procedures.findValuesAsText("code"))
                .contains("KHAI-SINH", "HO-KINH-DOANH", "DAT-DAI-GCN", "HKD-THAY-DOI", "CHUNG-THUC-BAN-SAO");
        for (JsonNode procedure : procedures) {
            if (procedure.get("code").asText().equals("DAT-DAI-GCN")) {
                assertThat(procedure.get("processingDays").asInt()).isEqualTo(20);
                assertThat(procedure.get("agencies").toString()).isEqualTo("[\"DAT-DAI\",\"THUE\",\"DAT-DAI\"]");
            }
        }
    }

    @Test
    void openApiDescribesTheContract() throws Exception {
        JsonNode docs = expectContract(200, getAs("clerk", "/v3/api-docs"));
        assertThat(docs.get("paths").has("/api/dossiers")).isTrue();
        assertThat(docs.get("paths").has("/api/tasks/{id}/complete")).isTrue();
        // .ci/run lints this file with Redocly's recommended rules, as integrators' client generators read it.
        Files.createDirectories(Path.of("target"));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(Path.of("target", "openapi.json").toFile(), docs);
        List<String> unsummarised = new ArrayList<>();
        List<String> withoutErrors = new ArrayList<>();
        docs.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    if (!operation.getValue().hasNonNull("summary")) {
                        unsummarised.add(name);
                    }
                    boolean errorDeclared = false;
                    for (var codes = operation.getValue().path("responses").fieldNames(); codes.hasNext(); ) {
                        errorDeclared |= codes.next().startsWith("4");
                    }
                    if (!errorDeclared) {
                        withoutErrors.add(name);
                    }
                }));
        assertThat(unsummarised).as("operations without a summary").isEmpty();
        assertThat(withoutErrors).as("operations that declare no 4xx response").isEmpty();
        // .ci/run lints this file with Redocly's recommended rules, as integrators' client generators read it.
        Files.createDirectories(Path.of("target"));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(Path.of("target", "openapi.json").toFile(), docs);
    }

    private JsonNode expectContract(int status, MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " → "
                        + result.getResponse().getContentAsString())
                .isEqualTo(status);
        if (status >= 400) {
            assertThat(result.getResponse().getContentType()).startsWith("application/json");
            assertThat(body(result).get("status").asInt()).isEqualTo(status);
        }
        return body(result);
    }
}
