package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * The pages of personal data protection: the dossier page masks the applicant for a supervisor and opens him in full
 * with a logged reason; the administrator reads the log on his page.
 */
class PersonalDataPageTest extends ApiTestSupport {

    @Test
    void supervisorOpensTheApplicantWithAReasonAndTheAdministratorReadsItInTheLog() throws Exception {
        clockAt("2025-08-11T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();

        String masked = page(getAs("supervisor", "/dossiers/{code}", code));
        assertThat(masked)
                .contains("001******345", "*******678", "***, xã Demo", "id=\"personal-data-form\"")
                .doesNotContain("001190012345", "0912345678");
        assertThat(page(getAs("clerk", "/dossiers/{code}", code)))
                .contains("001190012345", "0912345678")
                .doesNotContain("id=\"personal-data-form\"");

        long before = count("personal_data_access");
        String refused = page(call(
                post("/dossiers/{code}/personal-data", code)
                        .param("reason", " ")
                        .with(csrf()),
                "supervisor"));
        assertThat(refused).contains("id=\"personal-data-reason-error\"").doesNotContain("0912345678");
        assertThat(count("personal_data_access")).isEqualTo(before);

        String opened = page(call(
                post("/dossiers/{code}/personal-data", code)
                        .param("reason", "Gọi lại cho công dân theo phản ánh")
                        .with(csrf()),
                "supervisor"));
        assertThat(opened).contains("001190012345", "0912345678", "id=\"personal-data-opened\"");
        assertThat(count("personal_data_access")).isEqualTo(before + 1);

        assertThat(page(getAs("admin", "/admin"))).contains("href=\"/admin/personal-data\"");
        assertThat(page(getAs("admin", "/admin/personal-data?dossier={code}", code)))
                .contains(code, "Gọi lại cho công dân theo phản ánh", "Giám sát");
        assertThat(getAs("supervisor", "/admin/personal-data").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAdministratorPreviewsThePurgeAndMustConfirmTheErasure() throws Exception {
        MvcResult unconfirmed =
                call(post("/admin/personal-data/purge").param("dryRun", "false").with(csrf()), "admin");
        assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(302);
        assertThat(unconfirmed.getFlashMap().get("purgeError")).isEqualTo(true);
        assertThat(unconfirmed.getFlashMap().containsKey("purged")).isFalse();

        MvcResult preview =
                call(post("/admin/personal-data/purge").param("dryRun", "true").with(csrf()), "admin");
        assertThat(preview.getResponse().getStatus()).isEqualTo(302);
        assertThat(preview.getFlashMap().get("purged")).isNotNull();
        assertThat(call(post("/admin/personal-data/purge").with(csrf()), "supervisor")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private static String page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
