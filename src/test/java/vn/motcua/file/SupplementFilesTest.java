package vn.motcua.file;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.support.TestFiles.executable;
import static vn.motcua.support.TestFiles.part;
import static vn.motcua.support.TestFiles.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.motcua.support.ApiTestSupport;

/** The scans that come with a supplement: part {@code supplement} and parts {@code files[<document name>]}. */
class SupplementFilesTest extends ApiTestSupport {

    static final String MINUTES = "Biên bản họp thành viên hộ gia đình";

    @Autowired
    FileStore store;

    @Test
    void aSupplementsScanIsKeptWithItAndDigitisesItsDocument() throws Exception {
        String code = awaitingSupplement();
        byte[] scan = pdf("bien ban hop");

        JsonNode view = expect(
                200,
                supplementWithFiles(code, part("files[" + MINUTES + "]", "bien-ban.pdf", "application/pdf", scan)));

        assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.get("documents"))
                .filteredOn(d -> d.get("name").asText().equals(MINUTES))
                .singleElement()
                .satisfies(d -> assertThat(d.get("digitized").asBoolean()).isTrue());
        JsonNode files = expect(200, getAs("clerk", "/api/dossiers/{code}/files", code));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("component").asText()).isEqualTo(MINUTES);
        assertThat(files.get(0).get("fileName").asText()).isEqualTo("bien-ban.pdf");
        byte[] downloaded = getAs(
                        "clerk",
                        "/api/dossiers/{code}/files/{id}",
                        code,
                        files.get(0).get("id").asLong())
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(scan);
    }

    @Test
    void anExecutableNamedPdfRefusesTheWholeSupplement() throws Exception {
        String code = awaitingSupplement();
        int documents = dossier(code).get("documents").size();
        long rows = count("dossier_file");
        long objects = objects();

        JsonNode error = expect(
                415,
                supplementWithFiles(
                        code,
                        part("files[" + MINUTES + "]", "bien-ban.pdf", "application/pdf", pdf("ok")),
                        part("files[" + MINUTES + "]", "trang-2.pdf", "application/pdf", executable())));

        assertThat(error.get("fields").get("file").asText()).contains("trang-2.pdf");
        JsonNode after = dossier(code);
        assertThat(after.get("status").asText())
                .as("the supplement is not recorded")
                .isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(after.get("documents")).hasSize(documents);
        assertThat(count("dossier_file")).isEqualTo(rows);
        assertThat(objects()).isEqualTo(objects);
    }

    @Test
    void aFileForADocumentNeitherBroughtNorOnTheDossierIsRefused() throws Exception {
        String code = awaitingSupplement();
        JsonNode error = expect(
                400, supplementWithFiles(code, part("files[Giấy không có]", "x.pdf", "application/pdf", pdf("x"))));
        assertThat(error.get("fields").has("component")).isTrue();
        assertThat(dossier(code).get("status").asText()).isEqualTo("AWAITING_SUPPLEMENT");
    }

    /** A dossier checked at the counter and sent back for the minutes of the household's meeting. */
    private String awaitingSupplement() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        body.put("reason", "Thiếu biên bản họp");
        body.putArray("missingDocuments").add(MINUTES);
        JsonNode dossier = intake(body);
        assertThat(dossier.get("status").asText()).isEqualTo("AWAITING_SUPPLEMENT");
        return dossier.get("code").asText();
    }

    private MvcResult supplementWithFiles(String code, MockMultipartFile... files) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/dossiers/{code}/supplement", code)
                .file(new MockMultipartFile(
                        "supplement",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        json.writeValueAsBytes(Map.of("documents", List.of(Map.of("name", MINUTES))))));
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return call(request, "clerk");
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
}
