package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;
import vn.motcua.support.TestFiles;

/** The intake page takes the scans of each document, and the dossier's page shows them, without a browser. */
class FilePagesTest extends ApiTestSupport {

    @Test
    void theIntakePageStoresEachDocumentsScansAndTheDossierPageListsThem() throws Exception {
        MvcResult posted = call(
                multipart("/desk/intake")
                        .file(TestFiles.part(
                                "files[Tờ khai]", "to-khai-quet.pdf", "application/pdf", TestFiles.pdf("quầy")))
                        .param("procedureCode", "HO-KINH-DOANH")
                        .param("channel", "DIRECT")
                        .param("applicant.fullName", "Phạm Văn Đức")
                        .param("applicant.idNumber", "001190055555")
                        .param("applicant.phone", "0912000111")
                        .param("applicant.address", "Tổ 3, phường Hồ Sen")
                        .param("paymentMethod", "CASH")
                        .param("decision", "ACCEPT")
                        .with(csrf()),
                "clerk");
        assertThat(posted.getResponse().getStatus()).as(() -> errorsOf(posted)).isEqualTo(302);
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/dossiers/");
        String code = location.substring("/dossiers/".length(), location.indexOf('?'));

        JsonNode files = expect(200, getAs("clerk", "/api/dossiers/{code}/files", code));
        assertThat(files.findValuesAsText("fileName")).containsExactly("to-khai-quet.pdf");
        assertThat(dossier(code).get("documents").get(0).get("name").asText())
                .as("a document scanned at the desk was brought")
                .isEqualTo("Tờ khai");

        String page =
                getAs("handler.tckh", "/dossiers/{code}", code).getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "to-khai-quet.pdf",
                        "/api/dossiers/" + code + "/files/" + files.get(0).get("id"));
        assertThat(page).as("a handler adds no scans of components").doesNotContain("name=\"component\"");
    }

    @Test
    void aPageUploadOfAnExecutableIsRefusedWithAMessage() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        MvcResult posted = call(
                multipart("/dossiers/{code}/files", code)
                        .file(TestFiles.part("file", "to-khai.pdf", "application/pdf", TestFiles.executable()))
                        .param("component", "Tờ khai")
                        .param("back", "/dossiers/" + code)
                        .with(csrf()),
                "clerk");
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getFlashMap().get("filesError")).isEqualTo("files.error.type");
        assertThat(expect(200, getAs("clerk", "/api/dossiers/{code}/files", code)))
                .isEmpty();
    }

    /** The page's error messages, to show why a form came back. */
    private static String errorsOf(MvcResult page) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"[^\"]*error[^\"]*\"[^>]*>([^<]*)<")
                    .matcher(page.getResponse().getContentAsString());
            StringBuilder errors = new StringBuilder();
            while (m.find()) {
                errors.append(m.group(1)).append(" | ");
            }
            return errors.toString();
        } catch (java.io.UnsupportedEncodingException e) {
            return e.toString();
        }
    }
}
