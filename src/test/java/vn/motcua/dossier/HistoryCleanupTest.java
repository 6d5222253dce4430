package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/**
 * The engine's history of a finished dossier goes once its retention ({@code camunda:historyTimeToLive}, 2190 days
 * in every model, counted from the dossier's submission) has passed, and only in the night window of {@code config/application.yml}; the dossier itself,
 * its timeline and everything else of ours stays. Driven by the sandbox clock; the cleanup job is run by hand, as
 * the job executor would at its due date.
 */
class HistoryCleanupTest extends ApiTestSupport {

    @Test
    void finishedHistoryOlderThanItsRetentionIsRemovedAtNightWhileTheDossierStays() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String old = returnedDossier();
        clockAt("2026-03-02T09:00:00+07:00");
        String young = returnedDossier();
        String oldInstance = processInstanceOf(old);
        String youngInstance = processInstanceOf(young);
        long oldEvents = timelineLines(old);
        assertThat(historyRows(oldInstance)).isPositive();

        // 2031-03-05: six years and two days after the first dossier came in, one year short for the second.
        clockAt("2031-03-05T14:00:00+07:00");
        HistoryService history = engine.getHistoryService();
        history.cleanUpHistoryAsync();
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        assertThat(jobs)
                .allSatisfy(job -> assertThat(job.getDuedate().toInstant())
                        .as("office hours: the cleanup waits for the night window")
                        .isEqualTo(Instant.parse("2031-03-05T15:00:00Z")));
        runDueCleanupJobs();
        assertThat(historyRows(oldInstance))
                .as("nothing is removed during office hours")
                .isPositive();

        clockAt("2031-03-05T22:05:00+07:00");
        runDueCleanupJobs();

        assertThat(historyRows(oldInstance))
                .as("history past its retention, handling sub-process included")
                .isZero();
        assertThat(historyRows(youngInstance))
                .as("history still within its retention")
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT status FROM dossier WHERE code = ?", String.class, old))
                .isEqualTo("RETURNED");
        assertThat(timelineLines(old)).isEqualTo(oldEvents);
        assertThat(dossier(old).get("timeline")).isNotEmpty();
    }

    /**
     * The engine's lean trace of a whole dossier: both process instances and how the dossier's ended, every task
     * with when it ended (the timeline says who did it); none of the rows that repeat the timeline (activity instances, variables, candidate
     * groups, timers created and cancelled).
     */
    @Test
    void engineHistoryKeepsTheLeanTraceOfADossier() throws Exception {
        clockAt("2025-04-01T09:00:00+07:00");
        String instance = processInstanceOf(returnedDossier());
        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .rootProcessInstanceId(instance)
                        .finished()
                        .count())
                .as("the dossier process and its handling sub-process, both ended")
                .isEqualTo(2);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo("EndEvent_ResultReturned");
        assertThat(history.createHistoricTaskInstanceQuery()
                        .rootProcessInstanceId(instance)
                        .finished()
                        .list())
                .as("checked at the desk on intake: no check task was opened")
                .extracting(task -> task.getTaskDefinitionKey())
                .containsExactlyInAnyOrder("Task_ExamineDossier", "Task_SignResult", "Task_ReturnResult");
        for (String table :
                List.of("ACT_HI_ACTINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG")) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", Long.class, instance))
                    .as(table)
                    .isZero();
        }
    }

    private String returnedDossier() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        completeOk("clerk", code, Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung"));
        return code;
    }

    /** Runs the cleanup jobs that are due, again while a run leaves more for at once (one batch per run). */
    private void runDueCleanupJobs() {
        ManagementService management = engine.getManagementService();
        for (int run = 0; run < 100; run++) {
            List<Job> due = engine.getHistoryService().findHistoryCleanupJobs().stream()
                    .filter(job -> !job.getDuedate().after(ClockUtil.getCurrentTime()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("history cleanup did not finish in 100 runs");
    }

    private String processInstanceOf(String code) {
        return jdbc.queryForObject("SELECT process_instance_id FROM dossier WHERE code = ?", String.class, code);
    }

    private long timelineLines(String code) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id" + " WHERE d.code = ?",
                Long.class,
                code);
    }

    /** The dossier's process instance and its handling sub-process in history, with their tasks. */
    private long historyRows(String rootInstance) {
        HistoryService history = engine.getHistoryService();
        return history.createHistoricProcessInstanceQuery()
                        .rootProcessInstanceId(rootInstance)
                        .count()
                + history.createHistoricTaskInstanceQuery()
                        .rootProcessInstanceId(rootInstance)
                        .count();
    }
}
