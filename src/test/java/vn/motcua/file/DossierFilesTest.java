package vn.motcua.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.motcua.support.TestFiles.executable;
import static vn.motcua.support.TestFiles.jpeg;
import static vn.motcua.support.TestFiles.largePdf;
import static vn.motcua.support.TestFiles.part;
import static vn.motcua.support.TestFiles.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

class DossierFilesTest extends ApiTestSupport {

    static final String FORM = "Tờ khai";
    static final String ID_COPY = "Bản sao CCCD";

    @Autowired
    FileStore store;

    private ObjectNode twoDocuments(String decision) {
        ObjectNode body = intakeBody("HO-KINH-DOANH", decision);
        body.putArray("documents").addObject().put("name", FORM);
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("documents"))
                .addObject()
                .put("name", ID_COPY);
        return body;
    }

    @Test
    void filesOfAnIntakeComeBackByteForByteWithTheirSha256() throws Exception {
        byte[] first = pdf("trang 1");
        byte[] second = pdf("trang 2");
        byte[] photo = jpeg();
        JsonNode dossier = expect(
                201,
                intakeWithFiles(
                        "clerk",
                        twoDocuments("ACCEPT"),
                        part("files[" + FORM + "]", "to-khai-1.pdf", "application/pdf", first),
                        part("files[" + FORM + "]", "to-khai-2.pdf", "application/pdf", second),
                        part("files[" + ID_COPY + "]", "cccd.jpg", "image/jpeg", photo)));
        String code = dossier.get("code").asText();
        assertThat(dossier.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(dossier.get("documents"))
                .as("a component with a file is digitised")
                .allSatisfy(d -> assertThat(d.get("digitized").asBoolean()).isTrue());

        JsonNode list = expect(200, getAs("handler.tckh", "/api/dossiers/{code}/files", code));
        assertThat(list).hasSize(3);
        Map<String, byte[]> sent = Map.of("to-khai-1.pdf", first, "to-khai-2.pdf", second, "cccd.jpg", photo);
        for (JsonNode file : list) {
            byte[] bytes = sent.get(file.get("fileName").asText());
            assertThat(file.get("sha256").asText()).isEqualTo(sha256Hex(bytes));
            assertThat(file.get("size").asLong()).isEqualTo(bytes.length);
            assertThat(file.get("uploadedBy").asText()).isEqualTo("clerk");
            MvcResult download = getAs(
                    "handler.tckh",
                    "/api/dossiers/{code}/files/{id}",
                    code,
                    file.get("id").asLong());
            assertThat(download.getResponse().getStatus()).isEqualTo(200);
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
            assertThat(download.getResponse().getContentType())
                    .isEqualTo(file.get("contentType").asText());
            assertThat(download.getResponse().getHeader("Digest"))
                    .isEqualTo("sha-256=" + Base64.getEncoder().encodeToString(sha256(bytes)));
        }
        assertThat(list.findValuesAsText("contentType"))
                .containsExactlyInAnyOrder("application/pdf", "application/pdf", "image/jpeg");
        expect(403, getAs("handler.tuphap", "/api/dossiers/{code}/files", code));
    }

    @Test
    void anExecutableNamedPdfIsRefusedAndLeavesNothing() throws Exception {
        long dossiers = count("dossier");
        long objects = objects();
        JsonNode error = expect(
                415,
                intakeWithFiles(
                        "clerk",
                        twoDocuments("ACCEPT"),
                        part("files[" + FORM + "]", "to-khai.pdf", "application/pdf", pdf("ok")),
                        part("files[" + ID_COPY + "]", "cccd.pdf", "application/pdf", executable())));
        assertThat(error.get("fields").get("file").asText()).contains("cccd.pdf");
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(objects()).isEqualTo(objects);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        long dossiers = count("dossier");
        long rows = count("dossier_file");
        long objects = objects();
        JsonNode error = expect(
                413,
                intakeWithFiles(
                        "clerk",
                        twoDocuments("ACCEPT"),
                        part("files[" + FORM + "]", "to-khai.pdf", "application/pdf", pdf("ok")),
                        part("files[" + ID_COPY + "]", "big.pdf", "application/pdf", largePdf(20))));
        assertThat(error.get("fields").get("file").asText()).contains("big.pdf");
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_file")).isEqualTo(rows);
        assertThat(objects()).isEqualTo(objects);
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** Over HTTP, where the servlet container's multipart limits apply first: the same JSON 413, not a 500. */
    @Test
    void theServersOwnUploadLimitAnswersTheJsonContract() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String boundary = "motcua-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"component\"\r\n\r\n" + FORM + "\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(largePdf(20));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/dossiers/" + code + "/files"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes()))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(json.readTree(answer.body()).get("error").asText()).isEqualTo("too_large");
        assertThat(expect(200, getAs("clerk", "/api/dossiers/{code}/files", code)))
                .isEmpty();
    }

    @Test
    void anIntakeThatFailsAfterItsFilesWereStoredLeavesNoObject() throws Exception {
        long dossiers = count("dossier");
        long rows = count("dossier_file");
        long objects = objects();
        // The first file is written to the store before the second names a document the dossier does not have.
        JsonNode error = expect(
                400,
                intakeWithFiles(
                        "clerk",
                        twoDocuments("ACCEPT"),
                        part("files[" + FORM + "]", "to-khai.pdf", "application/pdf", pdf("ok")),
                        part("files[Giấy không có]", "x.pdf", "application/pdf", pdf("x"))));
        assertThat(error.get("fields").has("component")).isTrue();
        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_file")).isEqualTo(rows);
        assertThat(objects()).isEqualTo(objects);
    }

    @Test
    void aFileWhoseBytesChangedInTheStoreIsRefused() throws Exception {
        JsonNode dossier = expect(
                201,
                intakeWithFiles(
                        "clerk",
                        twoDocuments(null),
                        part("files[" + FORM + "]", "to-khai.pdf", "application/pdf", pdf("gốc"))));
        String code = dossier.get("code").asText();
        JsonNode file =
                expect(200, getAs("clerk", "/api/dossiers/{code}/files", code)).get(0);
        String key = jdbc.queryForObject(
                "SELECT storage_key FROM dossier_file WHERE id = ?",
                String.class,
                file.get("id").asLong());
        store.put(key, new java.io.ByteArrayInputStream(pdf("sửa")), pdf("sửa").length, "application/pdf");

        JsonNode error = expect(
                500,
                getAs(
                        "clerk",
                        "/api/dossiers/{code}/files/{id}",
                        code,
                        file.get("id").asLong()));
        assertThat(error.get("error").asText()).isEqualTo("file_integrity");
    }

    @Test
    void theCheckAddsFilesToAComponentAndRefusesUnknownOnes() throws Exception {
        String code = expect(201, intakeWithFiles("clerk", twoDocuments(null)))
                .get("code")
                .asText();
        assertThat(dossier(code).get("documents"))
                .allSatisfy(d -> assertThat(d.get("digitized").asBoolean()).isFalse());
        JsonNode stored = expect(
                201,
                call(
                        multipart("/api/dossiers/{code}/files", code)
                                .file(part("file", "a.pdf", "application/pdf", pdf("a")))
                                .file(part("file", "b.jpg", "image/jpeg", jpeg()))
                                .param("component", ID_COPY),
                        "clerk"));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("component").asText()).isEqualTo(ID_COPY);
        assertThat(dossier(code).get("documents").get(1).get("digitized").asBoolean())
                .isTrue();
        expect(
                400,
                call(
                        multipart("/api/dossiers/{code}/files", code)
                                .file(part("file", "a.pdf", "application/pdf", pdf("a")))
                                .param("component", "Không có"),
                        "clerk"));
        expect(
                403,
                call(
                        multipart("/api/dossiers/{code}/files", code)
                                .file(part("file", "a.pdf", "application/pdf", pdf("a")))
                                .param("component", FORM),
                        "handler.tckh"));
    }

    /**
     * A figure of the office from today on, as the supervisor reads it: a dossier received outside office hours counts
     * on the next working day.
     */
    /**
     * The office's day on the sandbox clock. The figures' tests run on a Tuesday's office hours, in a month no other
     * test fills: on a weekend the receipt (and so the result) is dated the next working morning, after a scan made
     * meanwhile.
     */
    private java.time.LocalDate officeDay() {
        return java.time.LocalDate.ofInstant(sandbox.now(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private long today(String figure) throws Exception {
        java.time.LocalDate day = officeDay();
        return expect(200, getAs("supervisor", "/api/indicators?from={d}&to={e}", day, day.plusDays(10)))
                .get("total")
                .get(figure)
                .asLong();
    }

    @Test
    void anElectronicResultIsDownloadedWithThePhoneDigitsOnly() throws Exception {
        clockAt("2026-11-17T09:00:00+07:00");
        long electronic = today("electronicResults");
        long digitizedResults = today("digitizedResults");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        byte[] result = pdf("Giấy chứng nhận đăng ký hộ kinh doanh");
        expect(
                403,
                call(
                        multipart("/api/dossiers/{code}/result-files", code)
                                .file(part("file", "ket-qua.pdf", "application/pdf", result)),
                        "handler.tuphap"));
        expect(
                201,
                call(
                        multipart("/api/dossiers/{code}/result-files", code)
                                .file(part("file", "ket-qua.pdf", "application/pdf", result)),
                        "handler.tckh"));
        expect(404, getAs(null, "/api/public/dossiers/{code}/result?phone=5678", code));
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));

        MvcResult download = getAs(null, "/api/public/dossiers/{code}/result?phone=5678", code);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(result);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");

        JsonNode wrong = expect(404, getAs(null, "/api/public/dossiers/{code}/result?phone=0000", code));
        JsonNode lookup = expect(404, getAs(null, "/api/public/dossiers/{code}?phone=0000", code));
        assertThat(wrong).as("the same answer as the lookup's").isEqualTo(lookup);

        assertThat(today("electronicResults")).isEqualTo(electronic + 1);
        java.time.LocalDate day = officeDay();
        assertThat(getAs(
                                "supervisor",
                                "/api/indicators/dossiers?metric=electronicResults&from={d}&to={e}&size=200",
                                day,
                                day.plusDays(10))
                        .getResponse()
                        .getContentAsString())
                .as("the figure's drill-down lists the dossier")
                .contains(code);
        completeOk("clerk", code, Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung"));
        assertThat(today("digitizedResults")).isEqualTo(digitizedResults + 1);
    }

    @Test
    void theDeskScansAPaperResultAtReturn() throws Exception {
        clockAt("2026-11-17T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        MockMultipartFile scan = part("file", "ket-qua-giay.jpg", "image/jpeg", jpeg());
        expect(403, call(multipart("/api/dossiers/{code}/result-files", code).file(scan), "clerk"));
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        long electronic = today("electronicResults");
        long digitizedResults = today("digitizedResults");
        clockAt("2026-11-17T10:00:00+07:00");
        expect(201, call(multipart("/api/dossiers/{code}/result-files", code).file(scan), "clerk"));
        completeOk("clerk", code, Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung"));
        assertThat(today("electronicResults"))
                .as("scanned at the desk, not issued electronically")
                .isEqualTo(electronic);
        assertThat(today("digitizedResults")).isEqualTo(digitizedResults + 1);
    }

    @Test
    void aCitizensEarlierComponentIsReusedWithoutANewUpload() throws Exception {
        clockAt("2026-11-18T09:00:00+07:00");
        // A citizen of this run only: the database may keep earlier runs' dossiers (MariaDB).
        String idNumber = String.format(
                "%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        ObjectNode first = twoDocuments("ACCEPT");
        ((ObjectNode) first.get("applicant")).put("idNumber", idNumber);
        byte[] id = jpeg();
        String firstCode = expect(
                        201,
                        intakeWithFiles("clerk", first, part("files[" + ID_COPY + "]", "cccd.jpg", "image/jpeg", id)))
                .get("code")
                .asText();
        JsonNode reusable = expect(200, getAs("clerk", "/api/reusable-files?idNumber={id}", idNumber));
        assertThat(reusable).hasSize(1);
        assertThat(reusable.get(0).get("dossierCode").asText()).isEqualTo(firstCode);
        long earlier = reusable.get(0).get("id").asLong();

        ObjectNode second = twoDocuments("ACCEPT");
        ((ObjectNode) second.get("applicant")).put("idNumber", idNumber);
        second.putArray("reuse").add(earlier);
        long reused = today("reusedComponents");
        long objects = objects();
        String code = intake(second).get("code").asText();
        assertThat(objects()).as("no second copy").isEqualTo(objects);
        assertThat(today("reusedComponents")).isEqualTo(reused + 1);
        JsonNode files = expect(200, getAs("clerk", "/api/dossiers/{code}/files", code));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("reusedFrom").asLong()).isEqualTo(earlier);
        assertThat(getAs(
                                "clerk",
                                "/api/dossiers/{code}/files/{id}",
                                code,
                                files.get(0).get("id").asLong())
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(id);

        ObjectNode stranger = twoDocuments("ACCEPT");
        stranger.putArray("reuse").add(earlier);
        JsonNode error = expect(400, postAs("clerk", stranger, "/api/dossiers"));
        assertThat(error.get("fields").has("reuse")).isTrue();
    }

    private long objects() throws IOException {
        Path root = ((LocalFileStore) store).root();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    static List<String> names(JsonNode list) {
        return list.findValuesAsText("fileName");
    }
}
