package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * docs/security.md, "Production start": the office's first start on an empty database, without the demo profile,
 * creates its administrator from {@code MOTCUA_ADMIN_PASSWORD} at a new root unit, and holds him at the password
 * change until he has chosen his own. Its own in-memory database, whatever the suite runs on.
 */
@SpringBootTest(
        properties = {
            "spring.profiles.active=test",
            "spring.datasource.url=jdbc:h2:mem:firststart;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "MOTCUA_ADMIN_PASSWORD=" + FirstStartTest.FIRST_PASSWORD,
            "motcua.office.root-code=TINH-MOI",
            "motcua.office.root-name=Ủy ban nhân dân tỉnh Mới"
        })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTest {

    static final String FIRST_PASSWORD = "Khoi-dong-2026";
    static final String OWN_PASSWORD = "Mat-khau-rieng-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    @Order(1)
    void theAdministratorIsCreatedAtANewRootUnitAndTheLogSaysBySystem() {
        Map<String, Object> admin = jdbc.queryForMap(
                "SELECT role, unit_code, password_change_required FROM staff WHERE username = 'admin'");
        assertThat(admin.get("ROLE")).isEqualTo("ADMIN");
        assertThat(admin.get("UNIT_CODE")).isEqualTo("TINH-MOI");
        assertThat(admin.get("PASSWORD_CHANGE_REQUIRED")).isEqualTo(true);
        assertThat(jdbc.queryForMap("SELECT name, kind, parent_code FROM unit WHERE code = 'TINH-MOI'"))
                .containsEntry("NAME", "Ủy ban nhân dân tỉnh Mới")
                .containsEntry("KIND", "PROVINCE")
                .containsEntry("PARENT_CODE", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff", Long.class))
                .as("no demo users")
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT actor, kind, target FROM admin_log ORDER BY id"))
                .extracting(row -> row.get("ACTOR") + " " + row.get("KIND") + " " + row.get("TARGET"))
                .containsExactly("system UNIT_CREATED TINH-MOI", "system STAFF_CREATED admin");
    }

    @Test
    @Order(2)
    void untilHeChangesHisPasswordEveryCallIsRefusedAndEveryPageLeadsToTheChange() throws Exception {
        MvcResult api = mvc.perform(get("/api/admin/log").with(httpBasic("admin", FIRST_PASSWORD)))
                .andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(json.readTree(api.getResponse().getContentAsString())
                        .path("error")
                        .asText())
                .isEqualTo("password_change_required");

        MockHttpSession session = new MockHttpSession();
        MvcResult signedIn = mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", FIRST_PASSWORD)
                        .session(session)
                        .with(csrf()))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        for (String page : new String[] {"/", "/admin", "/supervisor/overdue", "/camunda/app/cockpit/"}) {
            MvcResult held = mvc.perform(get(page).session(session)).andReturn();
            assertThat(held.getResponse().getRedirectedUrl()).as(page).isEqualTo("/me/password");
        }
        MvcResult change = mvc.perform(get("/me/password").session(session)).andReturn();
        assertThat(change.getResponse().getStatus()).isEqualTo(200);
        assertThat(change.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Đổi mật khẩu", "hãy đổi mật khẩu trước khi làm việc khác");

        MvcResult mismatch = mvc.perform(post("/me/password")
                        .session(session)
                        .with(csrf())
                        .param("current", FIRST_PASSWORD)
                        .param("next", OWN_PASSWORD)
                        .param("repeat", "khac-hoan-toan"))
                .andReturn();
        assertThat(mismatch.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Hai lần nhập mật khẩu mới không khớp.");
    }

    @Test
    @Order(3)
    void theChangeNamesTheWrongFieldAndThenFreesHim() throws Exception {
        JsonNode wrongCurrent = expect(400, change(FIRST_PASSWORD, "sai-mat-khau", OWN_PASSWORD));
        assertThat(wrongCurrent.path("fields").has("current")).isTrue();
        JsonNode tooShort = expect(400, change(FIRST_PASSWORD, FIRST_PASSWORD, "ngan"));
        assertThat(tooShort.path("fields").has("next")).isTrue();
        JsonNode hisName = expect(400, change(FIRST_PASSWORD, FIRST_PASSWORD, "admin-2026-moi"));
        assertThat(hisName.path("fields").path("next").asText()).contains("user name");
        JsonNode same = expect(400, change(FIRST_PASSWORD, FIRST_PASSWORD, FIRST_PASSWORD));
        assertThat(same.path("fields").has("next")).isTrue();

        expect(204, change(FIRST_PASSWORD, FIRST_PASSWORD, OWN_PASSWORD));

        assertThat(mvc.perform(get("/api/admin/log").with(httpBasic("admin", OWN_PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/admin/log").with(httpBasic("admin", FIRST_PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT password_change_required FROM staff WHERE username = 'admin'", Boolean.class))
                .isFalse();
    }

    @Test
    @Order(4)
    void withoutTheVariableAnOfficeWithNoAdministratorDoesNotStart() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("UPDATE staff SET role = 'SUPERVISOR' WHERE username = 'admin'");
            assertThatThrownBy(() -> firstAdministrator.createIfNone(null))
                    .isInstanceOf(FirstAdministrator.NoAdministratorException.class)
                    .hasMessageContaining("MOTCUA_ADMIN_PASSWORD is not set");
            assertThatThrownBy(() -> firstAdministrator.createIfNone("ngan"))
                    .hasMessageContaining("MOTCUA_ADMIN_PASSWORD must have at least 10 characters");
        });
        FailureAnalysis analysis = new NoAdministratorFailureAnalyzer()
                .analyze(new IllegalStateException(new FirstAdministrator.NoAdministratorException("No admin")));
        assertThat(analysis.getDescription()).isEqualTo("No admin").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("MOTCUA_ADMIN_PASSWORD");
    }

    private MvcResult change(String signInWith, String current, String next) throws Exception {
        return mvc.perform(post("/api/me/password")
                        .with(httpBasic("admin", signInWith))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("current", current, "next", next))))
                .andReturn();
    }

    private JsonNode expect(int status, MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }
}
