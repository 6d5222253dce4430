package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.local;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real (in-memory, no Spring) engine resolves BPMN timer and task due dates through the working calendar. */
class WorkingCalendarEngineTimerTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:calendar-timer-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setProcessEnginePlugins(
                List.<ProcessEnginePlugin>of(new WorkingCalendarEnginePlugin(CalendarFixtures.realCalendar())));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void timerInWorkingDaysSkipsTheWeekend() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("CalendarTimerTest")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("TimerEvent_ReminderDue")
                .timerWithDate("2 working days after ${receivedAt}")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("CalendarTimerTest.bpmn", model)
                .deploy();

        engine.getRuntimeService()
                .startProcessInstanceByKey("CalendarTimerTest", Map.of("receivedAt", "2025-03-06T09:00:00+07:00"));

        Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(local("2025-03-10T09:00")));
    }

    @Test
    void userTaskDueDateCountsWorkingDaysAcrossTet() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("CalendarTaskTest")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_HandleDossier")
                .camundaDueDate("3 working days after ${receivedAt}")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("CalendarTaskTest.bpmn", model)
                .deploy();

        engine.getRuntimeService()
                .startProcessInstanceByKey("CalendarTaskTest", Map.of("receivedAt", "2025-01-24T10:00:00+07:00"));

        assertThat(engine.getTaskService().createTaskQuery().singleResult().getDueDate())
                .isEqualTo(Date.from(local("2025-02-05T10:00")));
    }
}
