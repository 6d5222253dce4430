package vn.motcua.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * September 2027 on the sandbox clock (June 2023 for the page): a handler records that his task waits for a
 * verification (chờ xác minh); the dossier stays in handling with its time limit, and the forecast sees it finish after
 * the answer.
 */
class VerificationWaitTest extends ApiTestSupport {

    @Test
    void aVerificationAwaitedPastTheDueInstantMakesTheDossierPredictedLateWithItsReason() throws Exception {
        clockAt("2027-09-13T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String dueAt = dossier(code).get("dueAt").asText();
        String task = taskOf("handler.tckh", code).get("id").asText();
        JsonNode before = rowOf(body(getAs("supervisor", "/api/forecast/late")).get("late"), code);
        if (before != null) {
            assertThat(before.get("reason").asText()).doesNotContain("chờ xác minh");
        }

        expect(
                204,
                awaitVerification("handler.tckh", task, "2027-09-17T09:00:00+07:00", "Xác minh địa điểm kinh doanh"));

        JsonNode dossier = dossier(code);
        assertThat(dossier.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(dossier.get("dueAt").asText())
                .as("the time limit keeps running")
                .isEqualTo(dueAt);
        JsonNode line = null;
        for (JsonNode l : dossier.get("timeline")) {
            if (l.get("step").asText().equals("VERIFICATION_AWAITED")) {
                line = l;
            }
        }
        assertThat(line).as("timeline line").isNotNull();
        assertThat(line.get("note").asText()).startsWith("Xác minh địa điểm kinh doanh");
        assertThat(line.get("department").asText()).isEqualTo("TC-KH");

        JsonNode row = rowOf(body(getAs("supervisor", "/api/forecast/late")).get("late"), code);
        assertThat(row).as("predicted late").isNotNull();
        assertThat(row.get("reason").asText()).startsWith("chờ xác minh đến 17/09/2027 09:00, ");
        // Not before the answer; later when other tests' dossiers queue ahead of it at TC-KH.
        assertThat(OffsetDateTime.parse(row.get("predictedFinishAt").asText()))
                .isAfterOrEqualTo(OffsetDateTime.parse("2027-09-17T09:00:00+07:00"));

        // The answer came early: the handler proposes the result, and the wait ends with his task.
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        JsonNode after = rowOf(body(getAs("supervisor", "/api/forecast/late")).get("late"), code);
        if (after != null) {
            assertThat(after.get("reason").asText()).doesNotContain("chờ xác minh");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM verification_wait WHERE task_id = ? AND ended_at IS NOT NULL",
                        Long.class,
                        task))
                .isEqualTo(1);
    }

    @Test
    void aVerificationNeedsAFutureAnswerAReasonAndTheTasksDepartment() throws Exception {
        clockAt("2027-09-14T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String task = taskOf("handler.tckh", code).get("id").asText();

        JsonNode past = expect(400, awaitVerification("handler.tckh", task, "2027-09-13T09:00:00+07:00", "Xác minh"));
        assertThat(past.get("fields").has("expectedBy")).isTrue();
        JsonNode blank = expect(400, awaitVerification("handler.tckh", task, "2027-09-20T09:00:00+07:00", " "));
        assertThat(blank.get("fields").has("reason")).isTrue();
        expect(403, awaitVerification("handler.tuphap", task, "2027-09-20T09:00:00+07:00", "Xác minh"));

        assertThat(dossier(code).get("timeline").findValuesAsText("step")).doesNotContain("VERIFICATION_AWAITED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM verification_wait w JOIN dossier d ON d.id = w.dossier_id WHERE d.code = ?",
                        Long.class,
                        code))
                .isZero();
    }

    @Test
    void theTaskPageRecordsTheWaitAndShowsAMistakeBesideItsField() throws Exception {
        // Earlier than any other test's tasks: a handler's list holds his 500 oldest open tasks.
        clockAt("2023-06-05T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String task = taskOf("handler.tckh", code).get("id").asText();
        assertThat(call(get("/tasks/{id}", task), "handler.tckh")
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"verification-form\"", "Chờ xác minh");

        MockHttpServletResponse past = call(
                        post("/tasks/{id}/verification", task)
                                .param("expectedBy", "2023-06-02T09:00")
                                .param("reason", "Xác minh nơi kinh doanh")
                                .with(csrf()),
                        "handler.tckh")
                .getResponse();
        assertThat(past.getStatus()).isEqualTo(200);
        assertThat(past.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"expectedBy-error\"", "phải sau lúc này", "nơi kinh doanh</textarea>");

        MockHttpServletResponse recorded = call(
                        post("/tasks/{id}/verification", task)
                                .param("expectedBy", "2023-06-09T09:00")
                                .param("reason", "Xác minh nơi kinh doanh")
                                .with(csrf()),
                        "handler.tckh")
                .getResponse();
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(dossier(code).get("timeline").findValuesAsText("step")).containsOnlyOnce("VERIFICATION_AWAITED");
        // Not left in handling for other tests' periods.
        expect(200, postAs("clerk", Map.of("reason", "Công dân xin rút hồ sơ"), "/api/dossiers/{code}/withdraw", code));
    }

    private MvcResult awaitVerification(String user, String task, String expectedBy, String reason) throws Exception {
        return postAs(user, Map.of("expectedBy", expectedBy, "reason", reason), "/api/tasks/{id}/verification", task);
    }

    private static JsonNode rowOf(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (code.equals(row.get("code").asText())) {
                return row;
            }
        }
        return null;
    }
}
