package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/**
 * The dossier page offers the printed forms of what happened to the dossier, no more: a refused dossier its refusal
 * and no receipt, a stopped one the stop notice where its rule set has one. Every form it links prints.
 */
class DossierFormLinksPageTest extends ApiTestSupport {

    private static final Pattern FORM_LINK = Pattern.compile("id=\"form-([a-z-]+)\"[^>]*href=\"([^\"]+)\"");

    @Test
    void aDossierRefusedAtTheDeskOffersItsRefusalOnly() throws Exception {
        clockAt("2024-08-05T09:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REFUSE");
        body.put("reason", "Không thuộc thẩm quyền");
        String code = intake(body).get("code").asText();

        assertThat(formsLinkedOn("/dossiers/" + code)).containsExactly("refusal");
    }

    @Test
    void aStoppedDossierOffersTheStopNoticeOnlyUnderCircular03Of2025() throws Exception {
        clockAt("2024-08-05T10:00:00+07:00");
        String before = accepted("KHAI-SINH").get("code").asText();
        expect(200, postAs("clerk", Map.of("reason", "Rút hồ sơ"), "/api/dossiers/{code}/withdraw", before));
        assertThat(formsLinkedOn("/dossiers/" + before)).containsExactly("receipt", "control-sheet");

        clockAt("2027-11-01T09:00:00+07:00");
        String after = accepted("KHAI-SINH").get("code").asText();
        expect(200, postAs("clerk", Map.of("reason", "Xin dừng giải quyết"), "/api/dossiers/{code}/withdraw", after));
        assertThat(formsLinkedOn("/dossiers/" + after)).containsExactly("receipt", "stop-notice", "control-sheet");
    }

    @Test
    void theTaskPageOffersTheFormsOfItsDossier() throws Exception {
        clockAt("2027-11-02T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String task = body(getAs("handler.tckh", "/api/tasks?dossierCode={code}", code))
                .get(0)
                .get("id")
                .asText();

        assertThat(formsLinkedOn("/tasks/" + task, "handler.tckh")).containsExactly("receipt", "control-sheet");
    }

    private List<String> formsLinkedOn(String page) throws Exception {
        return formsLinkedOn(page, "clerk");
    }

    /** The kinds of the forms the page links, in order, each fetched as the same user: it must print. */
    private List<String> formsLinkedOn(String page, String user) throws Exception {
        var response = call(get(page), user).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Matcher links = FORM_LINK.matcher(response.getContentAsString(StandardCharsets.UTF_8));
        List<String> kinds = new ArrayList<>();
        while (links.find()) {
            kinds.add(links.group(1));
            var form = call(get(links.group(2).replace("&amp;", "&")), user).getResponse();
            assertThat(form.getStatus()).as(links.group(2)).isEqualTo(200);
            assertThat(form.getContentType()).startsWith("application/pdf");
        }
        return kinds;
    }
}
