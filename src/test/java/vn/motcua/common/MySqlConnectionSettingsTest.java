package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.support.ApiTestSupport;

/**
 * On MySQL/MariaDB the suite connects with a plain {@code jdbc:mysql://host:3306/db} URL, as an office's
 * {@code MOTCUA_DB_URL} would be written: what the engine needs must come from the profile's data source properties.
 */
class MySqlConnectionSettingsTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void onMySqlOnly() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assumeTrue(product.equals("MySQL") || product.equals("MariaDB"), "runs on MySQL/MariaDB only");
        }
    }

    @Test
    void aPlainUrlStillGetsTheEngineSettings() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).doesNotContain("sendFractionalSeconds");
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
        assertThat(jdbc.queryForObject("SELECT @@collation_connection", String.class))
                .isEqualTo("utf8mb4_bin");
        // sendFractionalSeconds=false: an instant's milliseconds are not sent, so the engine's second-precision
        // DATETIME comparisons (optimistic locking, timers) hold.
        Timestamp sent = Timestamp.from(Instant.parse("2026-12-07T01:00:00.900Z"));
        assertThat(jdbc.queryForObject("SELECT CAST(? AS CHAR)", String.class, sent))
                .doesNotContain(".9");
    }
}
