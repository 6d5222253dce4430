package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.support.ApiTestSupport;

/**
 * The pages' half of the authorization matrix, and cross-site request forgery: a page's form posted without the
 * token the page itself carries is refused and writes nothing, whoever is signed in and however.
 */
class PageSecurityTest extends ApiTestSupport {

    private static final List<String> USERS = List.of("clerk", "handler.tckh", "approver", "supervisor", "admin");

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/", USERS),
                Arguments.of("/desk", List.of("clerk")),
                Arguments.of("/desk/intake", List.of("clerk")),
                Arguments.of("/tasks", List.of("clerk", "handler.tckh", "approver")),
                Arguments.of("/supervisor/overdue", List.of("supervisor", "admin")),
                Arguments.of("/supervisor/dashboard", List.of("supervisor", "admin")),
                Arguments.of("/admin", List.of("admin")),
                Arguments.of("/dossiers", USERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void onlyTheAllowedRolesOpenThePage(String page, List<String> allowed) throws Exception {
        MvcResult anonymous = mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).as("nobody").isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).as("nobody").endsWith("/login");

        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            var response = getAs(user, page).getResponse();
            // The home page sends each role on to its own page.
            boolean opened = response.getStatus() == 200
                    || response.getStatus() == 302
                            && !response.getRedirectedUrl().endsWith("/login");
            if (allowed.contains(user) ? !opened : response.getStatus() != 403) {
                wrong.add(user + " → " + response.getStatus());
            }
        }
        assertThat(wrong).as("users treated wrongly").isEmpty();
    }

    @Test
    void anIntakeFormPostedWithoutItsTokenIsRefusedAndWritesNothing() throws Exception {
        clockAt("2025-06-11T09:00:00+07:00");
        long before = count("dossier");

        MvcResult forged =
                mvc.perform(intakeForm().with(httpBasic("clerk", PASSWORD))).andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(count("dossier")).isEqualTo(before);

        MvcResult genuine = mvc.perform(
                        intakeForm().with(httpBasic("clerk", PASSWORD)).with(csrf()))
                .andReturn();
        assertThat(genuine.getResponse().getRedirectedUrl())
                .as("the receipt page")
                .startsWith("/dossiers/");
        assertThat(count("dossier")).isEqualTo(before + 1);
    }

    @Test
    void aSignedInBrowserCannotBeMadeToCallTheApiWithoutTheToken() throws Exception {
        clockAt("2025-06-11T09:00:00+07:00");
        long before = count("dossier");
        MockHttpSession session = signIn("clerk");
        String body = json.writeValueAsString(intakeBody("HO-KINH-DOANH", "ACCEPT"));

        MvcResult withCookieOnly = mvc.perform(post("/api/dossiers")
                        .session(session)
                        .with(sessionCookie(session))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        assertThat(withCookieOnly.getResponse().getStatus()).isEqualTo(403);

        MvcResult withCachedBasicFromAnotherSite = mvc.perform(post("/api/dossiers")
                        .with(httpBasic("clerk", PASSWORD))
                        .header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        assertThat(withCachedBasicFromAnotherSite.getResponse().getStatus()).isEqualTo(403);
        assertThat(count("dossier")).isEqualTo(before);

        MvcResult fromThePage = mvc.perform(post("/api/dossiers")
                        .session(session)
                        .with(sessionCookie(session))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        assertThat(fromThePage.getResponse().getStatus()).isEqualTo(201);
        assertThat(count("dossier")).isEqualTo(before + 1);
    }

    private static MockHttpServletRequestBuilder intakeForm() {
        return post("/desk/intake")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("procedureCode", "HO-KINH-DOANH")
                .param("channel", "DIRECT")
                .param("applicant.fullName", "Nguyễn Thị Hồng Nhung")
                .param("applicant.idNumber", "001190012345")
                .param("applicant.phone", "0912345678")
                .param("applicant.address", "Số 12, đường Lê Lợi, xã Demo")
                .param("otherDocuments", "Tờ khai")
                .param("paymentMethod", "CASH")
                .param("decision", "ACCEPT");
    }

    /** What the browser sends along by itself: the session cookie (MockMvc leaves the requested id unset). */
    private static RequestPostProcessor sessionCookie(MockHttpSession session) {
        return request -> {
            request.setRequestedSessionId(session.getId());
            request.setRequestedSessionIdValid(true);
            request.setRequestedSessionIdFromCookie(true);
            return request;
        };
    }

    private MockHttpSession signIn(String user) throws Exception {
        MvcResult login = mvc.perform(
                        post("/login").with(csrf()).param("username", user).param("password", PASSWORD))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
