package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.motcua.support.ApiTestSupport;

/**
 * The dossier list, the header's search, the desk's paged queues and the work counts, as pages (the browser tests
 * walk them in Chromium).
 */
class FindAndWorkPagesTest extends ApiTestSupport {

    @Test
    void headerSearchListsTheMatchesAndOpensAnExactCodeAtOnce() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        ((ObjectNode) body.get("applicant")).put("fullName", "Nguyễn Văn An");
        String code = intake(body).get("code").asText();

        MockHttpServletResponse list = page("clerk", "/dossiers?q=nguyen van an");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString(StandardCharsets.UTF_8))
                .contains("data-dossier=\"" + code + "\"", "Nguyễn Văn An", "id=\"header-q\"");

        MockHttpServletResponse exact = page("clerk", "/dossiers?q= " + code.toLowerCase(Locale.ROOT) + " ");
        assertThat(exact.getRedirectedUrl()).isEqualTo("/dossiers/" + code);

        MockHttpServletResponse otherDepartment = page("handler.tuphap", "/dossiers?q=" + code);
        assertThat(otherDepartment.getStatus()).isEqualTo(200);
        assertThat(otherDepartment.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("data-dossier=\"" + code + "\"");
    }

    @Test
    void deskQueueShowsWhoAppliedAndWhenAPageAtATime() throws Exception {
        ObjectNode online = intakeBody("KHAI-SINH", null);
        online.put("channel", "ONLINE");
        ((ObjectNode) online.get("applicant")).put("fullName", "Đinh Thị Hàng Đợi");
        String code = intake(online).get("code").asText();

        String desk = page("clerk", "/desk").getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).contains("id=\"checks\"", "id=\"near-due\"");
        completeOk("clerk", code, Map.of("outcome", "REFUSE", "reason", "Nộp nhầm thủ tục"));
        assertThat(page("clerk", "/desk?checksPage=5&returnsPage=3").getStatus())
                .isEqualTo(200);
        assertThat(desk).contains("Đinh Thị Hàng Đợi");
    }

    @Test
    void staffSeeTheirNewAndNearDueWork() throws Exception {
        // Earlier than any other test's tasks: a handler's list holds his 500 oldest open tasks, and the suite leaves
        // hundreds in TC-KH. Withdrawn at the end, so that no other test's period finds it still in handling.
        clockAt("2023-05-08T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText(); // due Thursday 09:00
        clockAt("2023-05-10T10:00:00+07:00");

        String badge = page("handler.tckh", "/work/badge").getContentAsString(StandardCharsets.UTF_8);
        assertThat(badge).containsPattern("Việc mới: [1-9]").containsPattern("Sắp đến hạn: [1-9]");
        String nearDue = page("handler.tckh", "/work/near-due").getContentAsString(StandardCharsets.UTF_8);
        assertThat(nearDue).contains("data-dossier=\"" + code + "\"", "hx-trigger=\"every 60s\"");
        assertThat(page("handler.tuphap", "/work/near-due").getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(code);
        assertThat(page("handler.tckh", "/tasks").getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"near-due\"", "data-dossier=\"" + code + "\"");
        expect(200, postAs("clerk", Map.of("reason", "Công dân xin rút hồ sơ"), "/api/dossiers/{code}/withdraw", code));
    }

    private MockHttpServletResponse page(String user, String url) throws Exception {
        int query = url.indexOf('?');
        var request = get(query < 0 ? url : url.substring(0, query));
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                request.param(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return call(request, user).getResponse();
    }
}
