package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.support.ApiTestSupport;

/** The administration log: what the administrator reads, and the evidence nobody can rewrite. */
class AdministrationLogTest extends ApiTestSupport {

    @Autowired
    AdministrationLog log;

    @Test
    void anEntryNamesWhoDidWhatToWhichRecordWithItBeforeAndAfter() throws Exception {
        clockAt("2026-03-02T09:15:00+07:00");
        String target = "LOG-TEST-" + System.nanoTime();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx ->
                            log.record("UNIT_RENAMED", target, Map.of("name", "Xã Cũ"), Map.of("name", "Xã Mới")));
        } finally {
            SecurityContextHolder.clearContext();
        }

        JsonNode entries = expect(200, getAs("admin", "/api/admin/log?kind=UNIT_RENAMED&actor=admin"));
        JsonNode entry = null;
        for (JsonNode candidate : entries) {
            if (candidate.get("target").asText().equals(target)) {
                entry = candidate;
            }
        }
        assertThat(entry).as("the entry is listed").isNotNull();
        assertThat(entry.get("actor").asText()).isEqualTo("admin");
        assertThat(entry.get("before").get("name").asText()).isEqualTo("Xã Cũ");
        assertThat(entry.get("after").get("name").asText()).isEqualTo("Xã Mới");
        assertThat(entry.get("at").asText()).startsWith("2026-03-02T09:15");

        JsonNode later = expect(
                200, getAs("admin", "/api/admin/log?from={from}&kind=UNIT_RENAMED", "2026-03-02T09:16:00+07:00"));
        for (JsonNode candidate : later) {
            assertThat(candidate.get("target").asText()).isNotEqualTo(target);
        }
    }

    @Test
    void onlyTheAdministratorReadsTheLog() throws Exception {
        expect(403, getAs("supervisor", "/api/admin/log"));
        expect(403, getAs("clerk", "/api/admin/log"));
    }

    @Test
    void anEntryIsNeverWrittenOutsideTheChangeItRecords() {
        assertThatThrownBy(() -> log.record("UNIT_CREATED", "X", null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> log.record("STAFF_UNLOCKED", "someone", null, null));
        Object id = jdbc.queryForObject("SELECT MAX(id) FROM admin_log", Long.class);

        assertThatThrownBy(() -> jdbc.update("UPDATE admin_log SET actor = 'someone.else' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM admin_log WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }
}
