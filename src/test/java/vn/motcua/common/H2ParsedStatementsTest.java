package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import vn.motcua.support.ApiTestSupport;

/**
 * H2 keeps the statements a connection has parsed, but its driver answers every JDBC query timeout with a SET
 * command, and any SET empties every connection's cache: with a statement timeout on our mappers, H2 parsed nearly
 * every statement of the engine and of ours again (bench/load/README.md). So on H2 our mappers set none and each
 * connection keeps 256 parsed statements; on MySQL and MariaDB, whose driver sets a timeout without a command, the
 * mysql profile keeps its 30 seconds.
 */
class H2ParsedStatementsTest extends ApiTestSupport {

    @Autowired
    SqlSessionFactory mybatis;

    @Test
    void ourMappersSetAStatementTimeoutOnlyWhereItCostsTheDatabaseNothing() {
        String database =
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        Integer timeout = mybatis.getConfiguration().getDefaultStatementTimeout();
        if ("H2".equals(database)) {
            assertThat(timeout).as("no SET QUERY_TIMEOUT before each statement").isNull();
            assertThat(jdbc.queryForObject(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                    + " WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'",
                            Integer.class))
                    .isEqualTo(256);
        } else {
            assertThat(timeout).isEqualTo(30);
        }
    }
}
