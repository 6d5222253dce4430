package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import vn.motcua.support.ApiTestSupport;

/**
 * On H2, the engine's most frequent query (an execution's variable by name) reads the execution's own variables once
 * the statistics are refreshed, instead of every variable of every running process. The columns are first set back
 * to H2's default rating, as on a database never analysed (or analysed only in sessions with a query timeout, under
 * which H2's own ANALYZE does nothing).
 */
class H2StatisticsTest extends ApiTestSupport {

    private static final String NOTE = "adminNote";

    @Autowired
    H2Statistics statistics;

    @Autowired
    RuntimeService runtime;

    @Test
    void afterARefreshAVariableIsFoundThroughItsExecution() throws Exception {
        assumeTrue(
                "H2".equals(jdbc.execute((ConnectionCallback<String>)
                        c -> c.getMetaData().getDatabaseProductName())),
                "H2 only: MySQL and MariaDB keep their own statistics");
        // Our processes keep no variable rows of their own for long (the dossier is the business key): these ten
        // get one each, as an administrator's note set in Cockpit would be.
        for (int i = 0; i < 10; i++) {
            String code = accepted("HO-KINH-DOANH").get("code").asText();
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(code)
                    .list()
                    .forEach(instance -> runtime.setVariable(instance.getId(), NOTE, "Hồ sơ mẫu"));
        }
        for (String column : List.of("EXECUTION_ID_", "TASK_ID_", "NAME_")) {
            jdbc.execute("ALTER TABLE ACT_RU_VARIABLE ALTER COLUMN " + column + " SELECTIVITY 50");
        }
        String execution = jdbc.queryForObject(
                "SELECT MAX(EXECUTION_ID_) FROM ACT_RU_VARIABLE WHERE NAME_ = ?", String.class, NOTE);
        assertThat(planOfVariableLookup(execution)).as("never analysed").contains("ACT_IDX_VARIABLE_TASK_ID:");

        statistics.refresh();

        assertThat(planOfVariableLookup(execution)).contains("ACT_FK_VAR_EXE");
    }

    /** The plan of the engine's own statement {@code selectVariablesByExecutionId}, its joins left out. */
    private String planOfVariableLookup(String execution) {
        return jdbc.queryForObject(
                "EXPLAIN SELECT RES.ID_ FROM ACT_RU_VARIABLE RES WHERE EXECUTION_ID_ = ?"
                        + " AND TASK_ID_ IS NULL AND NAME_ IN (?)",
                String.class,
                execution,
                NOTE);
    }
}
