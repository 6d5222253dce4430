package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.motcua.support.ApiTestSupport;

/** A hundred clerks press "receive" at the same moment, over real HTTP: a hundred dossiers, a hundred distinct codes, no deadlock. */
class ConcurrentIntakeTest extends ApiTestSupport {

    private static final int INTAKES = 100;

    @Autowired
    TestRestTemplate http;

    @Test
    void aHundredConcurrentIntakesGiveAHundredDistinctCodes() throws Exception {
        clockAt("2025-06-11T09:00:00+07:00");
        long before = count("dossier");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("clerk", PASSWORD);
        HttpEntity<String> request =
                new HttpEntity<>(json.writeValueAsString(intakeBody("HO-KINH-DOANH", "ACCEPT")), headers);

        ExecutorService pool = Executors.newFixedThreadPool(INTAKES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        for (int i = 0; i < INTAKES; i++) {
            Callable<ResponseEntity<JsonNode>> intake = () -> {
                start.await();
                return http.postForEntity("/api/dossiers", request, JsonNode.class);
            };
            answers.add(pool.submit(intake));
        }
        start.countDown();
        Set<String> codes = new HashSet<>();
        for (Future<ResponseEntity<JsonNode>> answer : answers) {
            ResponseEntity<JsonNode> response = answer.get(2, TimeUnit.MINUTES);
            assertThat(response.getStatusCode().value())
                    .as(String.valueOf(response.getBody()))
                    .isEqualTo(201);
            codes.add(response.getBody().get("code").asText());
        }
        pool.shutdown();

        assertThat(codes).hasSize(INTAKES).allMatch(code -> code.startsWith("000.00.15.H12-250611-"));
        assertThat(count("dossier") - before).isEqualTo(INTAKES);
        for (String code : codes) {
            assertThat(dossier(code).get("status").asText()).isEqualTo("PROCESSING");
        }
    }
}
