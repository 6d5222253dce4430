package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.support.TestFiles.executable;
import static vn.motcua.support.TestFiles.jpeg;
import static vn.motcua.support.TestFiles.part;
import static vn.motcua.support.TestFiles.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.motcua.file.FileStore;
import vn.motcua.support.ApiTestSupport;

/**
 * A portal submits online dossiers, with their scans, with its own token; the desk's intake answers a repeated key
 * once.
 */
class PortalIntakeTest extends ApiTestSupport {

    @Autowired
    TestRestTemplate http;

    @Autowired
    FileStore store;

    @Test
    void theSamePortalIdTwiceIsOneDossierAnsweredWith201Then200() throws Exception {
        clockAt("2025-09-16T09:00:00+07:00");
        String token = token("portal", "demo-portal-secret", "dossier.submit");
        ObjectNode body = portalBody("DVC-" + UUID.randomUUID());
        long before = count("dossier");

        ResponseEntity<String> first = submit(token, body);
        ResponseEntity<String> second = submit(token, body);

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(second.getBody())).isEqualTo(json.readTree(first.getBody()));
        assertThat(count("dossier") - before).isEqualTo(1);
        JsonNode dossier = dossier(json.readTree(first.getBody()).get("code").asText());
        assertThat(dossier.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(dossier.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(dossier.get("timeline").get(0).get("actor").asText()).isEqualTo("portal:portal");
        // It waits at the desk of the client's unit, for the clerk's completeness check.
        assertThat(taskOf("clerk", dossier.get("code").asText())).isNotNull();
    }

    @Test
    void theSamePortalIdTwiceAtOnceIsOneDossier() throws Exception {
        clockAt("2025-09-16T10:00:00+07:00");
        String token = token("portal", "demo-portal-secret", "dossier.submit");
        ObjectNode body = portalBody("DVC-" + UUID.randomUUID());
        long before = count("dossier");

        List<ResponseEntity<String>> answers = atOnce(4, () -> submit(token, body));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnlyOnce(201);
        assertThat(answers)
                .extracting(a -> a.getStatusCode().value())
                .filteredOn(s -> s != 201)
                .containsOnly(200);
        assertThat(answers.stream().map(a -> code(a.getBody())).distinct()).hasSize(1);
        assertThat(count("dossier") - before).isEqualTo(1);
    }

    @Test
    void thePortalSendsTheDossierWithItsScansAndARepeatStoresNothingMore() throws Exception {
        clockAt("2026-02-10T09:00:00+07:00");
        String token = portalToken();
        ObjectNode body = twoDocuments("DVC-" + UUID.randomUUID());
        byte[] form = pdf("tờ khai, trang 1");
        byte[] formBack = pdf("tờ khai, trang 2");
        byte[] idCard = jpeg();
        MockMultipartFile[] scans = {
            part("files[Tờ khai]", "to-khai-1.pdf", "application/pdf", form),
            part("files[Tờ khai]", "to-khai-2.pdf", "application/pdf", formBack),
            part("files[Bản sao CCCD]", "cccd.jpg", "image/jpeg", idCard)
        };
        long dossiers = count("dossier");
        long rows = count("dossier_file");
        long objects = objects();

        MvcResult first = portalWithFiles(token, body, scans);

        assertThat(first.getResponse().getStatus())
                .as(first.getResponse().getContentAsString())
                .isEqualTo(201);
        JsonNode dossier = body(first);
        String code = dossier.get("code").asText();
        assertThat(dossier.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(dossier.get("documents").findValuesAsText("digitized")).containsOnly("true");
        JsonNode files = body(getAs("clerk", "/api/dossiers/{code}/files", code));
        assertThat(files).hasSize(3);
        Map<String, byte[]> sent = Map.of("to-khai-1.pdf", form, "to-khai-2.pdf", formBack, "cccd.jpg", idCard);
        for (JsonNode file : files) {
            byte[] bytes = sent.get(file.get("fileName").asText());
            assertThat(file.get("sha256").asText()).isEqualTo(sha256(bytes));
            assertThat(file.get("uploadedBy").asText()).isEqualTo("portal:portal");
            MvcResult download = getAs(
                    "clerk",
                    "/api/dossiers/{code}/files/{id}",
                    code,
                    file.get("id").asLong());
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        }
        assertThat(files.findValuesAsText("component")).containsExactlyInAnyOrder("Tờ khai", "Tờ khai", "Bản sao CCCD");
        assertThat(objects() - objects).isEqualTo(3);

        MvcResult again = portalWithFiles(token, body, scans);

        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString())
                .isEqualTo(first.getResponse().getContentAsString());
        assertThat(count("dossier") - dossiers).isEqualTo(1);
        assertThat(count("dossier_file") - rows).isEqualTo(3);
        assertThat(objects() - objects).as("no second copy in the store").isEqualTo(3);
        assertThat(body(getAs("clerk", "/api/dossiers/{code}/files", code))).isEqualTo(files);
    }

    @Test
    void aProgramNamedPdfLeavesNothingAndTheSamePortalIdIsTakenWhenCorrected() throws Exception {
        clockAt("2026-02-11T09:00:00+07:00");
        String token = portalToken();
        ObjectNode body = twoDocuments("DVC-" + UUID.randomUUID());
        long dossiers = count("dossier");
        long rows = count("dossier_file");
        long objects = objects();

        MvcResult refused = portalWithFiles(
                token,
                body,
                part("files[Tờ khai]", "to-khai.pdf", "application/pdf", pdf("tờ khai")),
                part("files[Bản sao CCCD]", "cccd.pdf", "application/pdf", executable()));

        assertThat(refused.getResponse().getStatus()).isEqualTo(415);
        assertThat(body(refused).get("fields").get("file").asText()).contains("cccd.pdf");
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_file")).isEqualTo(rows);
        assertThat(objects()).isEqualTo(objects);

        MvcResult corrected = portalWithFiles(
                token,
                body,
                part("files[Tờ khai]", "to-khai.pdf", "application/pdf", pdf("tờ khai")),
                part("files[Bản sao CCCD]", "cccd.jpg", "image/jpeg", jpeg()));

        assertThat(corrected.getResponse().getStatus())
                .as(corrected.getResponse().getContentAsString())
                .isEqualTo(201);
        String code = body(corrected).get("code").asText();
        assertThat(body(getAs("clerk", "/api/dossiers/{code}/files", code)).findValuesAsText("fileName"))
                .containsExactlyInAnyOrder("to-khai.pdf", "cccd.jpg");
        assertThat(count("dossier") - dossiers).isEqualTo(1);
        assertThat(objects() - objects).isEqualTo(2);
    }

    @Test
    void aMultipartWithoutItsDossierPartNamesIt() throws Exception {
        MvcResult refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/portal/dossiers")
                        .file(part("files[Tờ khai]", "to-khai.pdf", "application/pdf", pdf("tờ khai")))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + portalToken()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("fields").has("dossier")).isTrue();
    }

    @Test
    void noTokenOrABadOneIs401AndAWrongSecretGetsNoToken() throws Exception {
        ObjectNode body = portalBody("DVC-" + UUID.randomUUID());
        assertThat(submit(null, body).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> forged = submit("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3J0YWwifQ.c2lnbmF0dXJl", body);
        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(json.readTree(forged.getBody()).get("error").asText()).isEqualTo("unauthorized");
        assertThat(forged.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");

        assertThat(tokenAnswer("portal", "not-the-secret", "dossier.submit")
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        // A staff member's Basic credentials are not a token either.
        ResponseEntity<String> basic = http.exchange(
                "/api/portal/dossiers",
                org.springframework.http.HttpMethod.POST,
                new HttpEntity<>(body.toString(), headers(h -> h.setBasicAuth("clerk", PASSWORD))),
                String.class);
        assertThat(basic.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aClientWithoutTheSubmitScopeIsRefused403() throws Exception {
        String clientId = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        expect(
                201,
                postAs(
                        "admin",
                        Map.of(
                                "clientId", clientId,
                                "name", "Cổng tra cứu",
                                "secret", "a-long-enough-secret",
                                "scopes", List.of("dossier.read"),
                                "unitCode", "PHUONG-HO-SEN"),
                        "/api/admin/portal/clients"));
        JsonNode listed = body(getAs("admin", "/api/admin/portal/clients"));
        assertThat(listed.toString()).contains(clientId).doesNotContain("secret");

        String token = token(clientId, "a-long-enough-secret", "dossier.read");
        ResponseEntity<String> refused = submit(token, portalBody("DVC-" + UUID.randomUUID()));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(refused.getBody()).get("error").asText()).isEqualTo("forbidden");
        // Nor may it ask for a scope it was not given.
        assertThat(tokenAnswer(clientId, "a-long-enough-secret", "dossier.submit")
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        // Only the administrator registers clients.
        assertThat(getAs("clerk", "/api/admin/portal/clients").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aPortalDossierIsOnlineWithoutDecisionAndNamesItsPortalId() throws Exception {
        String token = token("portal", "demo-portal-secret", "dossier.submit");
        ObjectNode withDecision = portalBody("DVC-" + UUID.randomUUID());
        withDecision.put("decision", "ACCEPT");
        ResponseEntity<String> refused = submit(token, withDecision);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("fields").has("decision"))
                .isTrue();

        ObjectNode noId = portalBody("x");
        noId.remove("portalId");
        assertThat(json.readTree(submit(token, noId).getBody()).get("fields").has("portalId"))
                .isTrue();

        ObjectNode badApplicant = portalBody("DVC-" + UUID.randomUUID());
        ((ObjectNode) badApplicant.get("applicant")).put("phone", "12");
        ResponseEntity<String> invalid = submit(token, badApplicant);
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(invalid.getBody()).get("fields").has("applicant.phone"))
                .isTrue();
    }

    @Test
    void theDeskRepeatingAnIdempotencyKeyGetsTheFirstAnswerWithin24Hours() throws Exception {
        clockAt("2025-09-17T09:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        String key = UUID.randomUUID().toString();
        long before = count("dossier");

        var first = call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/dossiers")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()),
                "clerk");
        clockAt("2025-09-17T15:00:00+07:00");
        var again = call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/dossiers")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()),
                "clerk");

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(again.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(again)).isEqualTo(body(first));
        assertThat(count("dossier") - before).isEqualTo(1);

        clockAt("2025-09-18T09:30:00+07:00");
        var nextDay = call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/dossiers")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()),
                "clerk");
        assertThat(nextDay.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(nextDay).get("code")).isNotEqualTo(body(first).get("code"));
        assertThat(count("dossier") - before).isEqualTo(2);
    }

    @Test
    void theDeskRepeatingAnIdempotencyKeyAtOnceMakesOneDossier() throws Exception {
        clockAt("2025-09-17T10:00:00+07:00");
        String body = intakeBody("HO-KINH-DOANH", "ACCEPT").toString();
        String key = UUID.randomUUID().toString();
        long before = count("dossier");

        List<ResponseEntity<String>> answers = atOnce(
                4,
                () -> http.postForEntity(
                        "/api/dossiers",
                        new HttpEntity<>(body, headers(h -> {
                            h.setBasicAuth("clerk", PASSWORD);
                            h.set("Idempotency-Key", key);
                        })),
                        String.class));

        assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnly(201);
        assertThat(answers.stream().map(a -> code(a.getBody())).distinct()).hasSize(1);
        assertThat(count("dossier") - before).isEqualTo(1);
    }

    @Test
    void theAdministratorSeesThePortalBacklogOnItsOwnPage() throws Exception {
        var page = getAs("admin", "/admin/portal");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"portal-pending\"").contains("portal").contains("dossier.submit");
        assertThat(getAs("admin", "/admin").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("href=\"/admin/portal\"");
        assertThat(getAs("clerk", "/admin/portal").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDeskFormSentTwiceRegistersOneDossier() throws Exception {
        clockAt("2025-09-17T11:00:00+07:00");
        String page = getAs("clerk", "/desk/intake")
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile(
                        "name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"")
                .matcher(page);
        assertThat(hidden.find()).as("the form carries its key").isTrue();
        long before = count("dossier");

        var first = call(deskForm(hidden.group(1)), "clerk");
        var again = call(deskForm(hidden.group(1)), "clerk");

        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/dossiers/");
        assertThat(again.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(count("dossier") - before).isEqualTo(1);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder deskForm(String key) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/desk/intake")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("idempotencyKey", key)
                .param("procedureCode", "HO-KINH-DOANH")
                .param("channel", "DIRECT")
                .param("applicant.fullName", "Nguyễn Thị Hồng Nhung")
                .param("applicant.idNumber", "001190012345")
                .param("applicant.phone", "0912345678")
                .param("applicant.address", "Số 12, đường Lê Lợi, xã Demo")
                .param("otherDocuments", "Tờ khai")
                .param("paymentMethod", "CASH")
                .param("decision", "ACCEPT");
    }

    // --- what the tests share ---------------------------------------------------------------------

    private String code(String body) {
        try {
            return json.readTree(body).get("code").asText();
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    /** A portal dossier of two documents, each to be sent with its scans. */
    private ObjectNode twoDocuments(String portalId) {
        ObjectNode body = portalBody(portalId);
        body.putArray("documents").addObject().put("name", "Tờ khai");
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("documents"))
                .addObject()
                .put("name", "Bản sao CCCD");
        return body;
    }

    private long objects() throws java.io.IOException {
        try (var listed = store.list("dossiers/")) {
            return listed.count();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private ObjectNode portalBody(String portalId) {
        ObjectNode body = intakeBody("HO-KINH-DOANH", null);
        body.remove("channel");
        body.put("portalId", portalId);
        return body;
    }

    private ResponseEntity<String> submit(String token, ObjectNode body) {
        return http.postForEntity(
                "/api/portal/dossiers",
                new HttpEntity<>(body.toString(), headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })),
                String.class);
    }

    static HttpHeaders headers(java.util.function.Consumer<HttpHeaders> more) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        more.accept(headers);
        return headers;
    }

    private ResponseEntity<String> tokenAnswer(String clientId, String secret, String scope) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setBasicAuth(clientId, secret);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("scope", scope);
        return http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), String.class);
    }

    String token(String clientId, String secret, String scope) throws Exception {
        ResponseEntity<String> answer = tokenAnswer(clientId, secret, scope);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode token = json.readTree(answer.getBody());
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        return token.get("access_token").asText();
    }

    private static <T> List<T> atOnce(int n, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return answers;
    }
}
