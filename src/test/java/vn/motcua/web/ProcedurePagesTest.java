package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.support.ApiTestSupport;

/** The administrator's procedure pages: list, create, edit into a new version, errors beside their fields. */
class ProcedurePagesTest extends ApiTestSupport {

    static String newCode() {
        return "PAGE-" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    MockHttpServletRequestBuilder form(String url, String code, String limit, String effectiveFrom) {
        return post(url)
                .param("code", code)
                .param("name", "Đăng ký khai tử (thử)")
                .param("field", "Hộ tịch")
                .param("level", "XA")
                .param("limitKind", "WORKING_DAYS")
                .param("limitValue", limit)
                .param("fee", "0")
                .param("documents", "Tờ khai đăng ký khai tử\nGiấy báo tử")
                .param("agencies", "COMMUNE; TU-PHAP")
                .param("template", "ONE_DEPARTMENT")
                .param("effectiveFrom", effectiveFrom)
                .with(csrf());
    }

    String page(String url) throws Exception {
        var response = getAs("admin", url).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clerk", "handler.tckh", "approver", "supervisor"})
    void onlyTheAdministratorOpensOrPostsThem(String user) throws Exception {
        assertThat(getAs(user, "/admin/procedures").getResponse().getStatus()).isEqualTo(403);
        assertThat(getAs(user, "/admin/procedures/HO-KINH-DOANH").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(call(form("/admin/procedures", newCode(), "1", "2025-01-01"), user)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAdministratorCreatesAProcedureThenMakesANewVersionOfIt() throws Exception {
        assertThat(page("/admin/procedures")).contains("HO-KINH-DOANH", "Liên thông: các cơ quan lần lượt");
        assertThat(page("/admin")).contains("href=\"/admin/procedures\"");
        String code = newCode();
        var created = call(form("/admin/procedures", code, "1", "2025-01-01"), "admin")
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/procedures/" + code);
        assertThat(page("/admin/procedures")).contains(code);

        var changed = call(form("/admin/procedures/" + code, code, "2", "2025-06-01"), "admin")
                .getResponse();
        assertThat(changed.getStatus()).isEqualTo(302);
        String edit = page("/admin/procedures/" + code);
        assertThat(edit).contains("id=\"version-list\"", "data-version=\"1\"", "data-version=\"2\"", "01/06/2025");
    }

    @Test
    void wrongFieldsAreMarkedBesideThemAndWhatWasTypedStays() throws Exception {
        String code = newCode();
        var answer = call(
                        form("/admin/procedures", code, "0", "ngày mai").param("agencies", "COMMUNE; KHONG-CO"),
                        "admin")
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        String html = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"effectiveFrom-error\"", "Ngày áp dụng không hợp lệ");
        assertThat(html).contains("value=\"" + code + "\"", "Đăng ký khai tử (thử)");

        var service = call(form("/admin/procedures", code, "0", "2025-01-01"), "admin")
                .getResponse();
        String marked = service.getContentAsString(StandardCharsets.UTF_8);
        assertThat(marked).contains("id=\"limitValue-error\"", "Thời hạn không hợp lệ");
        assertThat(getAs("admin", "/admin/procedures/" + code).getResponse().getStatus())
                .isEqualTo(404);
    }
}
