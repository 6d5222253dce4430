package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import vn.motcua.MotCuaApplication;

/**
 * An office's MariaDB server often holds other applications' databases, some with Camunda tables of their own (an
 * older engine, another app). Reached by a plain {@code jdbc:mysql://host:3306/db} URL, the app must still create its
 * own engine tables in its own database: Connector/J answers the engine's "is ACT_GE_PROPERTY there?" (a metadata
 * query with no catalog) from every database of the server unless {@code nullDatabaseMeansCurrent} is set, and the
 * engine then skips creating its schema and fails on the first missing table.
 *
 * <p>MySQL/MariaDB only (the {@code mariadb} Maven profile). The two databases have fixed names of their own, made and
 * dropped here; {@code -Dtest.other-engine.db} and {@code -Dtest.fresh-engine.db} rename them.
 */
class EngineBesideAnotherSchemaTest {

    private static final Pattern SERVER = Pattern.compile("^(jdbc:mysql://[^/?]+)/.*");
    private static final String OTHER = System.getProperty("test.other-engine.db", "motcua_other_engine");
    private static final String FRESH = System.getProperty("test.fresh-engine.db", "motcua_fresh_engine");
    private static final String USER = envOr("MOTCUA_DB_USER", "root");
    private static final String PASSWORD = envOr("MOTCUA_DB_PASSWORD", "");

    private static String server;

    @BeforeAll
    static void anotherAppsEngineTablesOnTheSameServer() throws Exception {
        Matcher url = SERVER.matcher(System.getProperty("spring.datasource.url", ""));
        assumeTrue(url.matches(), "runs on MySQL/MariaDB only (mvn -Pmariadb)");
        server = url.group(1);
        try (Connection connection = DriverManager.getConnection(server + "/", USER, PASSWORD);
                Statement sql = connection.createStatement()) {
            dropBoth(sql);
            sql.execute("CREATE DATABASE " + OTHER + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            sql.execute("CREATE DATABASE " + FRESH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        try (Connection other = DriverManager.getConnection(server + "/" + OTHER, USER, PASSWORD)) {
            ScriptUtils.executeSqlScript(
                    other, new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.mysql.create.engine.sql"));
            try (Statement sql = other.createStatement()) {
                // An older engine's schema: had ours been taken for it, the engine would have refused to start.
                sql.executeUpdate("UPDATE ACT_GE_PROPERTY SET VALUE_ = '7.9.0' WHERE NAME_ = 'schema.version'");
            }
        }
    }

    @AfterAll
    static void dropTheDatabases() throws Exception {
        if (server != null) {
            try (Connection connection = DriverManager.getConnection(server + "/", USER, PASSWORD);
                    Statement sql = connection.createStatement()) {
                dropBoth(sql);
            }
        }
    }

    @Test
    void theAppOnAPlainUrlCreatesAndUsesItsOwnEngineTables() throws Exception {
        // The cause, shown with the driver alone: the engine's own question, asked of the still empty database.
        assertThat(engineTablesSeenFrom(server + "/" + FRESH + "?nullDatabaseMeansCurrent=false"))
                .as("a question with no catalog, answered from every database of the server")
                .isTrue();
        assertThat(engineTablesSeenFrom(server + "/" + FRESH + "?nullDatabaseMeansCurrent=true"))
                .isFalse();

        // Command-line arguments outrank the suite's spring.datasource.url system property. The engine has a name of
        // its own: Camunda keeps engines in a static registry, where the suite's "default" lives.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotCuaApplication.class)
                .run(
                        "--spring.datasource.url=" + server + "/" + FRESH,
                        "--server.port=0",
                        "--camunda.bpm.process-engine-name=besideAnother",
                        "--motcua.files.local.root=target/engine-beside-another-files")) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .processDefinitionKey("Dossier")
                            .count())
                    .isEqualTo(1);
            engine.getRepositoryService()
                    .createDeployment()
                    .addModelInstance(
                            "beside-another.bpmn",
                            Bpmn.createExecutableProcess("BesideAnother")
                                    .startEvent()
                                    .receiveTask("Wait")
                                    .endEvent()
                                    .done())
                    .deploy();
            engine.getRuntimeService().startProcessInstanceByKey("BesideAnother", "beside-another-1");
            // A model of its own, with no user task: the app's task listeners want a dossier behind every task.
            assertThat(engine.getRuntimeService()
                            .createExecutionQuery()
                            .processInstanceBusinessKey("beside-another-1")
                            .activityId("Wait")
                            .count())
                    .isEqualTo(1);

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(FRESH);
            assertThat(jdbc.queryForObject(
                            "SELECT VALUE_ FROM " + FRESH + ".ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'",
                            String.class))
                    .isNotEqualTo("7.9.0");
            // The other app's tables are as it left them: nothing deployed there, its version unchanged.
            assertThat(jdbc.queryForObject(
                            "SELECT VALUE_ FROM " + OTHER + ".ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'",
                            String.class))
                    .isEqualTo("7.9.0");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + OTHER + ".ACT_RE_PROCDEF", Long.class))
                    .isZero();
        }
    }

    private static boolean engineTablesSeenFrom(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                ResultSet tables =
                        connection.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static void dropBoth(Statement sql) throws Exception {
        sql.execute("DROP DATABASE IF EXISTS " + OTHER);
        sql.execute("DROP DATABASE IF EXISTS " + FRESH);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
