package vn.motcua.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * Whatever a client sends to intake or task completion, the answer is a 4xx with a JSON error, never a 500, and
 * nothing is written.
 */
class BadInputTest extends ApiTestSupport {

    private static final String VALID_APPLICANT = "{\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"001085012345\","
            + "\"phone\":\"0912345678\",\"address\":\"Xã Demo\"}";

    static Stream<String> badIntakes() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        return Stream.of(
                "",
                "not json",
                "[]",
                "null",
                deep,
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":\"Nguyễn Văn An\",\"documents\":[]}",
                "{\"procedureCode\":{\"a\":1},\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[{\"name\":\"a\"}]}",
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":7,\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[{\"name\":\"a\"}]}",
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":\"Tờ khai\"}",
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[]}",
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[{\"name\":\"a\",\"digitized\":\"maybe\"}]}",
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[{\"name\":\"a\"}],\"decision\":\"MAYBE\"}",
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[{\"name\":\"a\"}],\"paymentMethod\":\"GOLD\"}",
                "{\"procedureCode\":\"" + "X".repeat(100_000) + "\",\"channel\":\"DIRECT\",\"applicant\":"
                        + VALID_APPLICANT + ",\"documents\":[{\"name\":\"a\"}]}",
                intake("\"fullName\":\"" + "Ô".repeat(10_000) + "\""),
                intake("\"fullName\":\"Nguyễn\\u0000Văn\\u0007An\""),
                intake("\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"00108501234X\""),
                intake("\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"001085012345\",\"phone\":\"+1 555 0100\""),
                intake(
                        "\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"001085012345\",\"phone\":\"0912345678\",\"email\":\"không-phải-email\""),
                intake("\"fullName\":null"),
                "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":" + VALID_APPLICANT
                        + ",\"documents\":[{\"name\":\"a\"}],\"decision\":\"REFUSE\",\"reason\":\"" + "x".repeat(5000)
                        + "\"}");
    }

    private static String intake(String applicantFields) {
        String fields = applicantFields;
        if (!fields.contains("idNumber")) {
            fields += ",\"idNumber\":\"001085012345\"";
        }
        if (!fields.contains("phone")) {
            fields += ",\"phone\":\"0912345678\"";
        }
        return "{\"procedureCode\":\"HO-KINH-DOANH\",\"channel\":\"DIRECT\",\"applicant\":{" + fields
                + ",\"address\":\"Xã Demo\"},\"documents\":[{\"name\":\"a\"}],\"decision\":\"ACCEPT\"}";
    }

    @ParameterizedTest
    @MethodSource("badIntakes")
    void badIntakeIsA4xxWithJsonAndWritesNothing(String body) throws Exception {
        clockAt("2025-03-07T10:00:00+07:00");
        long dossiers = count("dossier");
        MvcResult result = call(
                post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content(body), "clerk");
        assertJsonClientError(result);
        assertThat(count("dossier")).isEqualTo(dossiers);
    }

    static Stream<String> badCompletions() {
        return Stream.of(
                "",
                "{}",
                "{\"outcome\":null}",
                "{\"outcome\":42}",
                "{\"outcome\":\"PROPOSE_RESULT\",\"satisfaction\":9}",
                "{\"outcome\":\"" + "P".repeat(10_000) + "\"}",
                "{\"outcome\":\"ISSUE_APOLOGY\",\"newDueAt\":\"2025-13-45T99:00\"}",
                "{\"outcome\":\"REJECT\",\"reason\":\"\\u0000\"}",
                "{\"outcome\":\"REQUEST_SUPPLEMENT\",\"reason\":\"thiếu\"}",
                "{\"outcome\":\"PROPOSE_RESULT\",\"missingDocuments\":\"one\"}");
    }

    @ParameterizedTest
    @MethodSource("badCompletions")
    void badCompletionIsA4xxWithJsonAndLeavesTheTaskOpen(String body) throws Exception {
        clockAt("2025-03-07T10:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String taskId = taskOf("handler.tckh", code).get("id").asText();
        long events = count("dossier_event");
        MvcResult result = call(
                post("/api/tasks/{id}/complete", taskId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                "handler.tckh");
        assertJsonClientError(result);
        assertThat(count("dossier_event")).isEqualTo(events);
        assertThat(taskOf("handler.tckh", code).get("id").asText()).isEqualTo(taskId);
    }

    private void assertJsonClientError(MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        assertThat(status).as(result.getResponse().getContentAsString()).isBetween(400, 499);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode error = body(result);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
