package vn.motcua.common;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database only: refreshes the query planner's statistics ({@code ANALYZE}) a minute after start
 * and then every ten minutes.
 *
 * <p>Why by hand: H2 analyses a table by itself after every few thousand changed rows, but skips it, silently, in a
 * session that has a query timeout. Every pooled session used to have one, MyBatis's
 * {@code default-statement-timeout}, which now only the mysql profile sets; a deployment may set one again. Without
 * statistics every column keeps H2's default rating, and for the engine's most frequent query, a variable by
 * execution and name ({@code ... WHERE EXECUTION_ID_ = ? AND TASK_ID_ IS NULL AND NAME_ IN (...)}), H2 walked the
 * index on {@code TASK_ID_}: every variable of every running process, for each variable a delegate, a timer or a
 * task reads. That was 45 % of the CPU time of a year's replay by March (bench/load/README.md). MySQL and MariaDB
 * keep their statistics themselves and are left alone.
 */
@Component
public class H2Statistics {

    private final JdbcTemplate jdbc;
    private final boolean h2;

    H2Statistics(DataSource dataSource, DatabaseIdProvider vendors) throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.h2 = "h2".equals(vendors.getDatabaseId(dataSource));
    }

    @Scheduled(
            initialDelayString = "${motcua.h2.analyze-first:PT1M}",
            fixedDelayString = "${motcua.h2.analyze-every:PT10M}")
    public void refresh() {
        if (!h2) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement analyze = connection.createStatement()) {
                // Through the JDBC call, not SET QUERY_TIMEOUT: the driver then knows, and sets a configured
                // timeout again for the next statement on this pooled connection.
                analyze.setQueryTimeout(0);
                analyze.execute("ANALYZE");
            }
            return null;
        });
    }
}
