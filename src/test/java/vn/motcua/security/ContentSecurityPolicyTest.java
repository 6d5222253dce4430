package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * docs/security.md, "Content-Security-Policy": every page of ours carries a policy that runs no inline script or
 * style, and none of our templates needs one; the Camunda webapps keep their own policy.
 */
class ContentSecurityPolicyTest extends ApiTestSupport {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)([^>]*)>");
    private static final Pattern INLINE_STYLE = Pattern.compile("<style\\b|\\sstyle=\"|\\sth:style=\"");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+=\"|\\shx-on[:-]");

    @Test
    void everyPageCarriesThePolicy() throws Exception {
        for (String[] page : new String[][] {
            {null, "/login"},
            {null, "/tra-cuu"},
            {"clerk", "/desk"},
            {"clerk", "/desk/intake"},
            {"handler.tckh", "/tasks"},
            {"supervisor", "/supervisor/dashboard"},
            {"admin", "/admin"},
            {"clerk", "/admin"}
        }) {
            MvcResult result = getAs(page[0], page[1]);
            String policy = result.getResponse().getHeader("Content-Security-Policy");
            assertThat(policy).as(page[1]).isEqualTo(SignInHardening.CONTENT_SECURITY_POLICY);
            assertThat(policy)
                    .contains("script-src 'self';", "style-src 'self';")
                    .doesNotContain("unsafe");
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher script = INLINE_SCRIPT.matcher(html);
            while (script.find()) {
                assertThat(script.group(1)).as(page[1] + ": inline script").contains("application/json");
            }
        }
    }

    @Test
    void theDashboardHandsItsChartDataAsJsonNotAsScript() throws Exception {
        String html =
                getAs("supervisor", "/supervisor/dashboard").getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher data = Pattern.compile(
                        "<script type=\"application/json\" id=\"chart-data\"[^>]*>(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(data.find()).isTrue();
        assertThat(json.readTree(data.group(1)).has("month")).isTrue();
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicy() throws Exception {
        MvcResult cockpit = getAs("admin", "/camunda/app/cockpit/default/");
        assertThat(cockpit.getResponse().getHeaders("Content-Security-Policy"))
                .doesNotContain(SignInHardening.CONTENT_SECURITY_POLICY);
    }

    @Test
    void noTemplateNeedsAnInlineScriptStyleOrHandler() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = INLINE_SCRIPT.matcher(html);
                while (script.find()) {
                    if (!script.group(1).contains("application/json")) {
                        found.add(file + ": inline script");
                    }
                }
                if (INLINE_STYLE.matcher(html).find()) {
                    found.add(file + ": inline style");
                }
                if (EVENT_HANDLER.matcher(html).find()) {
                    found.add(file + ": event handler attribute");
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
