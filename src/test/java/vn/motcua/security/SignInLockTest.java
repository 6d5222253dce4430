package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.support.ApiTestSupport;

/**
 * docs/security.md, "Locks": ten wrong passwords of one account within 15 minutes lock it for 15 minutes, and a
 * locked account is refused even with its right password (its password is not looked at); the lock ends by itself or
 * by the administrator's unlock. Each test has its own account and client address, so no other test is locked out.
 */
class SignInLockTest extends ApiTestSupport {

    private static final List<String> USERS = List.of("lock.one", "lock.two", "lock.three", "lock.four");
    private static final List<String> CLIENTS =
            List.of("10.91.0.1", "10.91.0.2", "10.91.0.3", "10.91.0.4", "10.91.0.5");

    @BeforeEach
    void freshAccounts() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (String user : USERS) {
                if (jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE username = ?", Long.class, user) == 0) {
                    jdbc.update(
                            "INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled)"
                                    + " SELECT ?, password_hash, 'Khóa thử', 'CLERK', unit_code, TRUE FROM staff"
                                    + " WHERE username = 'clerk'",
                            user);
                }
                jdbc.update("DELETE FROM sign_in_lock WHERE subject = ?", user);
                jdbc.update("DELETE FROM sign_in_failure WHERE username = ?", user);
            }
            for (String client : CLIENTS) {
                jdbc.update("DELETE FROM sign_in_lock WHERE subject = ?", client);
                jdbc.update("DELETE FROM sign_in_failure WHERE client = ?", client);
            }
        });
    }

    @Test
    void theEleventhAttemptIsRefusedEvenWithTheRightPasswordUntilTheLockEnds() throws Exception {
        clockAt("2031-03-03T09:00:00+07:00");
        for (int i = 1; i <= 10; i++) {
            assertThat(status(basic("lock.one", "sai-" + i, "10.91.0.1")))
                    .as("attempt " + i)
                    .isEqualTo(401);
        }

        MvcResult locked = basic("lock.one", PASSWORD, "10.91.0.1");
        JsonNode error = expect(423, locked);
        assertThat(error.path("error").asText()).isEqualTo("account_locked");
        assertThat(error.path("lockedUntil").asText()).isEqualTo("2031-03-03T09:15:00+07:00");
        assertThat(locked.getResponse().getHeader("Retry-After")).isEqualTo("900");
        // From another computer too: the account is locked, not the address.
        expect(423, basic("lock.one", PASSWORD, "10.91.0.2"));

        clockAt("2031-03-03T09:14:59+07:00");
        expect(423, basic("lock.one", PASSWORD, "10.91.0.1"));

        clockAt("2031-03-03T09:15:01+07:00");
        expect(200, basic("lock.one", PASSWORD, "10.91.0.1"));
        // The failures that caused the lock were paid for: one more mistake does not lock again.
        expect(401, basic("lock.one", "sai-11", "10.91.0.1"));
        expect(200, basic("lock.one", PASSWORD, "10.91.0.1"));
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
        clockAt("2031-03-04T09:00:00+07:00");
        for (int i = 1; i <= 9; i++) {
            expect(401, basic("lock.three", "sai-" + i, "10.91.0.4"));
        }
        clockAt("2031-03-04T09:15:01+07:00");
        expect(401, basic("lock.three", "sai-10", "10.91.0.4"));
        expect(200, basic("lock.three", PASSWORD, "10.91.0.4"));
    }

    @Test
    void theAdministratorUnlocksAndTheLogSaysSo() throws Exception {
        clockAt("2031-03-05T09:00:00+07:00");
        for (int i = 1; i <= 10; i++) {
            basic("lock.two", "sai-" + i, "10.91.0.3");
        }
        expect(423, basic("lock.two", PASSWORD, "10.91.0.3"));

        expect(403, postAs("clerk", Map.of(), "/api/admin/staff/lock.two/unlock"));
        expect(404, postAs("admin", Map.of(), "/api/admin/staff/khong.co.ai/unlock"));
        expect(204, postAs("admin", Map.of(), "/api/admin/staff/lock.two/unlock"));

        expect(200, basic("lock.two", PASSWORD, "10.91.0.3"));
        JsonNode log = body(getAs("admin", "/api/admin/log?kind=STAFF_UNLOCKED"));
        assertThat(log.findValuesAsText("target")).contains("lock.two");
        JsonNode entry = log.get(0);
        assertThat(entry.path("actor").asText()).isEqualTo("admin");
        assertThat(entry.path("before").path("lockedUntil").asText()).startsWith("2031-03-05T02:15");
    }

    @Test
    void theLoginFormNamesTheTimeTheLockEnds() throws Exception {
        clockAt("2031-03-06T09:00:00+07:00");
        for (int i = 1; i <= 10; i++) {
            MvcResult wrong = form("lock.one", "sai-" + i, new MockHttpSession());
            assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        MockHttpSession session = new MockHttpSession();
        MvcResult refused = form("lock.one", PASSWORD, session);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");

        MvcResult page = mvc.perform(get("/login?locked").session(session).with(from("10.91.0.1")))
                .andReturn();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("bị tạm khóa đến 06/03/2031 09:15");
    }

    @Test
    void aClientAddressThatFailsForManyAccountsIsThrottled() throws Exception {
        clockAt("2031-03-07T09:00:00+07:00");
        for (int i = 1; i <= 30; i++) {
            expect(401, basic("doan.ten." + i, "sai", "10.91.0.2"));
        }
        JsonNode error = expect(429, basic("clerk", PASSWORD, "10.91.0.2"));
        assertThat(error.path("error").asText()).isEqualTo("sign_in_throttled");
        assertThat(error.path("lockedUntil").asText()).isEqualTo("2031-03-07T09:15:00+07:00");
        // The account itself is not locked: from another address it signs in.
        expect(200, basic("clerk", PASSWORD, "10.91.0.3"));
    }

    @Test
    void guessingTheCurrentPasswordInAnOpenSessionLocksTheAccountToo() throws Exception {
        clockAt("2031-03-09T09:00:00+07:00");
        MockHttpSession session = new MockHttpSession();
        expect(
                200,
                mvc.perform(get("/api/procedures")
                                .with(httpBasic("lock.four", PASSWORD))
                                .session(session))
                        .andReturn());
        for (int i = 1; i <= 10; i++) {
            JsonNode error = expect(400, changeOwnPassword(session, "doan-" + i));
            assertThat(error.path("fields").path("current").asText()).isEqualTo("is not your current password");
        }
        JsonNode notChecked = expect(400, changeOwnPassword(session, PASSWORD));
        assertThat(notChecked.path("fields").path("current").asText()).startsWith("not checked: sign-in locked");
        expect(423, basic("lock.four", PASSWORD, "10.91.0.5"));
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.5"));
        var direct = new org.springframework.mock.web.MockHttpServletRequest();
        direct.setRemoteAddr("203.0.113.9");
        direct.addHeader("X-Forwarded-For", "198.51.100.1");
        assertThat(clients.of(direct)).isEqualTo("203.0.113.9");

        var proxied = new org.springframework.mock.web.MockHttpServletRequest();
        proxied.setRemoteAddr("10.0.0.5");
        proxied.addHeader("X-Forwarded-For", "198.51.100.66, 198.51.100.1, 10.0.0.5");
        assertThat(clients.of(proxied)).isEqualTo("198.51.100.1");
    }

    private MvcResult basic(String user, String password, String client) throws Exception {
        return mvc.perform(
                        get("/api/procedures").with(httpBasic(user, password)).with(from(client)))
                .andReturn();
    }

    /** In a session already signed in, as a page left open would be. */
    private MvcResult changeOwnPassword(MockHttpSession session, String current) throws Exception {
        return mvc.perform(post("/api/me/password")
                        .session(session)
                        .with(csrf())
                        .with(from("10.91.0.5"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("current", current, "next", "Mat-khau-moi-2031"))))
                .andReturn();
    }

    private MvcResult form(String user, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", user)
                        .param("password", password)
                        .session(session)
                        .with(csrf())
                        .with(from("10.91.0.1")))
                .andReturn();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }
}
