package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * Who may call what (docs/api.md, "Authentication and roles"): each endpoint as nobody and as every demo user. A
 * user let through may still get a 4xx for his empty request body; what matters here is 401 and 403.
 */
class RoleMatrixTest extends ApiTestSupport {

    private static final List<String> USERS = List.of("clerk", "handler.tckh", "approver", "supervisor", "admin");

    /** method, url, the users allowed. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/procedures", USERS),
                Arguments.of("POST", "/api/dossiers", List.of("clerk")),
                Arguments.of("GET", "/api/dossiers", USERS),
                Arguments.of("GET", "/api/dossiers/000.00.15.H12-250101-0001", USERS),
                Arguments.of("POST", "/api/dossiers/000.00.15.H12-250101-0001/supplement", List.of("clerk")),
                Arguments.of("POST", "/api/dossiers/000.00.15.H12-250101-0001/withdraw", List.of("clerk")),
                Arguments.of("GET", "/api/tasks", List.of("clerk", "handler.tckh", "approver")),
                Arguments.of("POST", "/api/tasks/x/claim", List.of("clerk", "handler.tckh", "approver")),
                Arguments.of("POST", "/api/tasks/x/unclaim", List.of("clerk", "handler.tckh", "approver")),
                Arguments.of("POST", "/api/tasks/x/complete", List.of("clerk", "handler.tckh", "approver")),
                Arguments.of("GET", "/api/dossiers/000.00.15.H12-250101-0001/documents/receipt.pdf", USERS),
                Arguments.of("GET", "/api/dossiers/tracking-book.xlsx", USERS),
                Arguments.of("GET", "/api/overdue", List.of("supervisor", "admin")),
                Arguments.of("GET", "/api/indicators", List.of("supervisor", "admin")),
                Arguments.of("GET", "/api/indicators/dossiers?metric=received", List.of("supervisor", "admin")),
                Arguments.of("GET", "/api/sandbox/clock", List.of("admin")),
                Arguments.of("GET", "/engine-rest/engine", List.of("admin")),
                Arguments.of("GET", "/v3/api-docs", USERS),
                Arguments.of("GET", "/actuator/prometheus", List.of("supervisor", "admin")),
                Arguments.of(
                        "GET",
                        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                        List.of("admin")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void onlyTheAllowedRolesGetThrough(String method, String url, List<String> allowed) throws Exception {
        assertThat(status(method, url, null)).as("nobody").isEqualTo(401);
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            int status = status(method, url, user);
            boolean refused = status == 401 || status == 403;
            if (allowed.contains(user) == refused) {
                wrong.add(user + " → " + status);
            }
        }
        assertThat(wrong).as("users treated wrongly").isEmpty();
    }

    @ParameterizedTest(name = "public {0}")
    @MethodSource("publicEndpoints")
    void publicEndpointsNeedNoLogin(String url) throws Exception {
        assertThat(status("GET", url, null)).isNotIn(401, 403);
    }

    static Stream<String> publicEndpoints() {
        return Stream.of("/api/public/dossiers/000.00.15.H12-250101-0001?phone=1234", "/actuator/health");
    }

    private int status(String method, String url, String user) throws Exception {
        MvcResult result = call(
                request(HttpMethod.valueOf(method), url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                user);
        return result.getResponse().getStatus();
    }
}
