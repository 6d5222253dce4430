package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * The lean trace as the engine runs it, on one database shared by engines started one after the other: what an
 * operator gets when switching {@code motcua.history.engine-trace} on an office's existing database.
 */
class LeanEngineHistoryTest {

    private final String url = "jdbc:h2:mem:lean-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aDatabaseKeptAtFullHistoryRunsAtTheLeanTraceAndBackWithoutAMigration() {
        ProcessEngine full = engine(List.of());
        deployAWaitingProcess(full);
        String atFull = startWithAVariable(full);
        full.close();

        ProcessEngine lean = engine(List.of(new LeanEngineHistory()));
        String atLean = startWithAVariable(lean);
        HistoryService history = lean.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(atLean)
                        .count())
                .as("the process instance is kept")
                .isOne();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(atLean)
                        .count())
                .as("its task is kept")
                .isOne();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(atLean)
                        .count())
                .as("its variable is left out")
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(atLean)
                        .count())
                .as("its activity instances are left out")
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(atFull)
                        .count())
                .as("what full history wrote before stays")
                .isOne();
        lean.close();

        ProcessEngine fullAgain = engine(List.of());
        String atFullAgain = startWithAVariable(fullAgain);
        assertThat(fullAgain
                        .getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(atFullAgain)
                        .count())
                .as("full history again")
                .isOne();
        fullAgain.close();
    }

    private ProcessEngine engine(List<ProcessEnginePlugin> plugins) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("lean-" + UUID.randomUUID());
        configuration.setJdbcUrl(url);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(plugins);
        return configuration.buildProcessEngine();
    }

    private static void deployAWaitingProcess(ProcessEngine engine) {
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "Waiting.bpmn",
                        Bpmn.createExecutableProcess("Waiting")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Wait")
                                .endEvent()
                                .done())
                .deploy();
    }

    private static String startWithAVariable(ProcessEngine engine) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "Waiting", Variables.createVariables().putValue("dossierId", 42L))
                .getId();
    }
}
