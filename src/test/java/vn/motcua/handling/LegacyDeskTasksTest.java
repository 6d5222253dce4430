package vn.motcua.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.support.ApiTestSupport;

/** An upgrade keeps every open desk task: one opened for the single desk of old goes to its own unit's desk. */
class LegacyDeskTasksTest extends ApiTestSupport {

    @Autowired
    LegacyDeskTasks legacy;

    @Autowired
    TaskService taskService;

    @Test
    void deskTaskOfTheOneDeskOfOldGoesToTheDeskOfTheUnitThatHelpedTheCitizen() throws Exception {
        clockAt("2025-09-16T09:00:00+07:00");
        String code = intake(intakeBody("KHAI-SINH", null)).get("code").asText();
        Task check =
                taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        // As a version with one desk for all left it.
        taskService.deleteCandidateGroup(check.getId(), "DESK:PHUONG-HO-SEN");
        taskService.addCandidateGroup(check.getId(), "DESK");
        assertThat(taskOf("clerk", code)).isNull();

        legacy.moveToUnitDesks();

        assertThat(taskOf("clerk", code)).isNotNull();
        assertThat(taskOf("clerk.trungtam", code)).isNull();
    }
}
