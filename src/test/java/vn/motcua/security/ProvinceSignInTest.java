package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * docs/security.md, "OpenID Connect": a province with its own identity provider. A real provider runs in the test
 * (mock-oauth2-server); the browser's part is an HTTP client that follows the redirects of the authorization-code
 * flow and keeps the cookies. Its own in-memory database with the demo office, whatever the suite runs on.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.profiles.active=demo,test",
            "spring.datasource.url=jdbc:h2:mem:province;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.security.oauth2.client.registration.province.client-id=motcua",
            "spring.security.oauth2.client.registration.province.client-secret=bi-mat",
            "spring.security.oauth2.client.registration.province.scope=openid,profile",
            "spring.security.oauth2.client.registration.province.client-name=Tỉnh Demo"
        })
class ProvinceSignInTest {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add(
                "spring.security.oauth2.client.provider.province.issuer-uri",
                () -> PROVIDER.issuerUrl("tinh-demo").toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoginPageOffersTheProvinceSignIn() throws Exception {
        HttpResponse<String> login = browser().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).contains("Đăng nhập bằng tài khoản của tỉnh", "/oauth2/authorization/province");
    }

    @Test
    void aHandlerUnknownHereSignsInWithTheProvinceAndLandsWithHisRole() throws Exception {
        signInAs(
                "nguyen.van.an",
                Map.of(
                        "preferred_username", "nguyen.van.an",
                        "name", "Nguyễn Văn An",
                        "motcua_role", "HANDLER",
                        "motcua_unit", "PHUONG-HO-SEN",
                        "motcua_departments", List.of("TC-KH")));
        HttpClient browser = browser();
        HttpResponse<String> landed = browser.send(get("/oauth2/authorization/province"), ofString());

        assertThat(landed.uri().getPath()).isEqualTo("/tasks");
        assertThat(landed.statusCode()).isEqualTo(200);
        // The header names him by the full name the province gave.
        assertThat(landed.body()).contains("Đăng nhập: Nguyễn Văn An");
        assertThat(browser.send(get("/api/tasks"), ofString()).statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/api/admin/log"), ofString()).statusCode()).isEqualTo(403);

        assertThat(jdbc.queryForMap(
                        "SELECT full_name, role, unit_code, password_change_required FROM staff WHERE username = ?",
                        "nguyen.van.an"))
                .containsEntry("FULL_NAME", "Nguyễn Văn An")
                .containsEntry("ROLE", "HANDLER")
                .containsEntry("UNIT_CODE", "PHUONG-HO-SEN")
                .containsEntry("PASSWORD_CHANGE_REQUIRED", false);
        assertThat(jdbc.queryForList(
                        "SELECT department_code FROM staff_department WHERE username = ?",
                        String.class,
                        "nguyen.van.an"))
                .containsExactly("TC-KH");
        assertThat(jdbc.queryForList(
                        "SELECT kind FROM admin_log WHERE target = ? ORDER BY id", String.class, "nguyen.van.an"))
                .containsExactly("STAFF_CREATED");
    }

    @Test
    void theProviderDecidesTheRoleOfAKnownMember() throws Exception {
        signInAs(
                "supervisor.hosen",
                Map.of(
                        "preferred_username", "supervisor.hosen",
                        "name", "Giám sát Hồ Sen",
                        "motcua_role", "CLERK",
                        "motcua_unit", "PHUONG-HO-SEN"));
        HttpResponse<String> landed = browser().send(get("/oauth2/authorization/province"), ofString());

        assertThat(landed.uri().getPath()).isEqualTo("/desk");
        assertThat(jdbc.queryForObject("SELECT role FROM staff WHERE username = 'supervisor.hosen'", String.class))
                .isEqualTo("CLERK");
        assertThat(jdbc.queryForList(
                        "SELECT kind FROM admin_log WHERE target = 'supervisor.hosen' ORDER BY id", String.class))
                .containsExactly("STAFF_UPDATED");
    }

    @Test
    void anAdministratorRoleOrAnUnknownUnitFromTheProviderIsRefused() throws Exception {
        signInAs(
                "ke.gia.mao",
                Map.of("preferred_username", "ke.gia.mao", "motcua_role", "ADMIN", "motcua_unit", "TINH-DEMO"));
        HttpResponse<String> refused = browser().send(get("/oauth2/authorization/province"), ofString());
        assertThat(refused.uri().toString()).endsWith("/login?refused");
        assertThat(refused.body()).contains("không được đăng nhập vào hệ thống này");

        signInAs(
                "nguoi.la",
                Map.of("preferred_username", "nguoi.la", "motcua_role", "CLERK", "motcua_unit", "KHONG-CO"));
        assertThat(browser()
                        .send(get("/oauth2/authorization/province"), ofString())
                        .uri()
                        .toString())
                .endsWith("/login?refused");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM staff WHERE username IN ('ke.gia.mao', 'nguoi.la')", Long.class))
                .isZero();
    }

    private static void signInAs(String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(
                new DefaultOAuth2TokenCallback("tinh-demo", subject, "JWT", List.of("motcua"), claims, 3600));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .build();
    }

    private static HttpResponse.BodyHandler<String> ofString() throws IOException {
        return HttpResponse.BodyHandlers.ofString();
    }
}
