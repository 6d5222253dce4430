package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/** The administrator previews the national catalog file before anything is written. */
class CatalogImportPageTest extends ApiTestSupport {

    private MvcResult upload(String user, byte[] content, boolean apply) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "thu-tuc-mau.csv", "text/csv", content);
        return call(
                multipart("/admin/catalog-import")
                        .file(file)
                        .param("apply", String.valueOf(apply))
                        .with(csrf()),
                user);
    }

    @Test
    void aPreviewListsEveryProcedureOfTheSampleAndWritesNothing() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("config/catalog/thu-tuc-mau.csv"));
        long procedures = count("admin_procedure");
        long logEntries = count("admin_log");

        MvcResult result = upload("admin", sample, false);

        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("id=\"catalog-result\"").contains("Xem trước: thu-tuc-mau.csv");
        assertThat(page).containsPattern("(\\d+) thủ tục mới, (\\d+) thay đổi, (\\d+) không đổi, 0 dòng bị từ chối");
        assertThat(page).contains("1.001193");
        assertThat(count("admin_procedure")).isEqualTo(procedures);
        assertThat(count("admin_log")).isEqualTo(logEntries);
    }

    @Test
    void noFileIsMarkedBesideTheField() throws Exception {
        MvcResult result = upload("admin", new byte[0], false);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"file-error\"")
                .contains("Hãy chọn một tệp CSV hoặc XLSX.");
    }

    @Test
    void onlyTheAdministratorImports() throws Exception {
        assertThat(getAs("clerk", "/admin/catalog-import").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(getAs("supervisor", "/admin/catalog-import").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(getAs("admin", "/admin/catalog-import").getResponse().getStatus())
                .isEqualTo(200);
    }
}
