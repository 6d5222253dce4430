package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/** The pages that set up the office: who may open them, and a wrong field marked beside it with what was typed. */
class OfficePagesTest extends ApiTestSupport {

    private String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/units", "/admin/departments", "/admin/staff", "/admin/log", "/admin/staff/new"})
    void otherRolesAreRefused(String path) throws Exception {
        for (String user : new String[] {"clerk", "handler.tckh", "approver", "supervisor"}) {
            assertThat(getAs(user, path).getResponse().getStatus())
                    .as(user + " " + path)
                    .isEqualTo(403);
        }
        assertThat(getAs("admin", path).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aUnitAdministratorOpensHisUnitsPagesButNotTheLogNorTheClockNorAnotherUnit() throws Exception {
        MvcResult home = getAs("admin.donglua", "/");
        assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(getAs("admin.donglua", "/admin").getResponse().getRedirectedUrl())
                .isEqualTo("/admin/staff");
        String staff = page(getAs("admin.donglua", "/admin/staff"));
        assertThat(staff).contains("clerk.donglua").doesNotContain("handler.tckh");
        assertThat(getAs("admin.donglua", "/admin/units/XA-DONG-LUA")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(getAs("admin.donglua", "/admin/units/PHUONG-HO-SEN")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(getAs("admin.donglua", "/admin/staff/clerk").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(getAs("admin.donglua", "/admin/log").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(call(post("/admin/clock").param("now", "2030-01-01T08:00").with(csrf()), "admin.donglua")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aWrongFieldIsMarkedBesideItAndWhatWasTypedStays() throws Exception {
        MvcResult result = call(
                post("/admin/units/new")
                        .param("code", "XA-TRANG")
                        .param("agencyCode", "000.00.77.H12")
                        .param("name", "Xã Trăng")
                        .param("kind", "COMMUNE")
                        .param("parentCode", "TINH-DEMO")
                        .param("morning", "7 giờ sáng")
                        .param("afternoon", "13:00-17:00")
                        .param("apologyLeadHours", "tám")
                        .with(csrf()),
                "admin");
        String page = page(result);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page)
                .contains("id=\"morning-error\"")
                .contains("id=\"apologyLeadHours-error\"")
                .contains("value=\"7 giờ sáng\"")
                .contains("value=\"tám\"")
                .contains("value=\"Xã Trăng\"");
        assertThat(count("unit WHERE code = 'XA-TRANG'")).isZero();

        MvcResult weak = call(
                post("/admin/staff/new")
                        .param("username", "clerk.trang")
                        .param("fullName", "Cán bộ Trăng")
                        .param("role", "CLERK")
                        .param("unitCode", "XA-DONG-LUA")
                        .param("password", "ngan")
                        .with(csrf()),
                "admin");
        assertThat(page(weak))
                .contains("id=\"password-error\"")
                .contains("Mật khẩu cần ít nhất 10 ký tự")
                .contains("value=\"Cán bộ Trăng\"");
        assertThat(count("staff WHERE username = 'clerk.trang'")).isZero();
    }
}
