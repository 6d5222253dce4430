package vn.motcua.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.motcua.support.ApiTestSupport;

/** Two people pressing at the same moment, over real HTTP: one wins, the other is told, nothing is done twice. */
class RacingTest extends ApiTestSupport {

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void secondHandlerInTheDepartment() {
        secondHandlerOfTcKh();
    }

    @Test
    void twoHandlersCompletingOneTaskAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            clockAt("2025-03-07T10:00:00+07:00");
            String code = accepted("HO-KINH-DOANH").get("code").asText();
            String taskId = taskOf("handler.tckh", code).get("id").asText();
            List<Integer> statuses = race(
                    () -> completeOverHttp("handler.tckh", taskId, Map.of("outcome", "PROPOSE_RESULT")),
                    () -> completeOverHttp(
                            "handler.tckh2", taskId, Map.of("outcome", "REJECT", "reason", "Không đủ điều kiện")));
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
            JsonNode dossier = dossier(code);
            long completions = dossier.get("timeline").findValuesAsText("step").stream()
                    .filter("TASK_COMPLETED"::equals)
                    .count();
            assertThat(completions)
                    .as("the desk check and exactly one of the two")
                    .isEqualTo(2);
            String status = dossier.get("status").asText();
            assertThat(status).isIn("PROCESSING", "REJECTED");
        }
    }

    @Test
    void apologyAndCompletionRacingOnOneDossierStayConsistent() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAtAndFireTimers("2025-03-05T10:00:00+07:00");
        String examine = null;
        String apology = null;
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks"))) {
            if (code.equals(task.get("dossierCode").asText())) {
                if ("Task_IssueApology".equals(task.get("key").asText())) {
                    apology = task.get("id").asText();
                } else {
                    examine = task.get("id").asText();
                }
            }
        }
        String examineTask = examine;
        String apologyTask = apology;
        List<Integer> statuses = race(
                () -> completeOverHttp("handler.tckh", examineTask, Map.of("outcome", "PROPOSE_RESULT")),
                () -> completeOverHttp(
                        "handler.tckh2",
                        apologyTask,
                        Map.of("outcome", "ISSUE_APOLOGY", "reason", "Chậm", "newDueAt", "2025-03-10T16:00:00+07:00")));
        assertThat(statuses).allMatch(s -> s == 204 || s == 409);
        JsonNode dossier = dossier(code);
        boolean apologised = !dossier.get("apology").isNull();
        assertThat(apologised).isEqualTo(statuses.get(1) == 204);
        assertThat(dossier.get("rescheduledDueAt").isNull()).isEqualTo(!apologised);
        long proposals = dossier.get("timeline").findValuesAsText("note").stream()
                .filter(note -> note.endsWith(": PROPOSE_RESULT"))
                .count();
        assertThat(proposals).isEqualTo(statuses.get(0) == 204 ? 1 : 0);
    }

    private int completeOverHttp(String user, String taskId, Map<String, Object> body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, PASSWORD);
        return http.postForEntity(
                        "/api/tasks/" + taskId + "/complete",
                        new HttpEntity<>(json.writeValueAsString(body), headers),
                        String.class)
                .getStatusCode()
                .value();
    }

    @SafeVarargs
    private List<Integer> race(java.util.concurrent.Callable<Integer>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (var call : calls) {
            answers.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return statuses;
    }
}
