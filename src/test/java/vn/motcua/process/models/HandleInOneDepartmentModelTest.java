package vn.motcua.process.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/HandleInOneDepartment.bpmn} alone, the {@code ONE_DEPARTMENT} template: the paths of
 * {@link ExamineAndSignModelTest}. The model names the department {@code AGENCY} (and its approvers
 * {@code AGENCY:APPROVER}); the app offers each task to the dossier's own department (TaskTimeline).
 */
@Deployment(resources = "processes/HandleInOneDepartment.bpmn")
class HandleInOneDepartmentModelTest extends ExamineAndSignModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    @Override
    String processKey() {
        return "HandleInOneDepartment";
    }

    @Override
    String examineTask() {
        return "Task_ExamineDossier";
    }

    @Override
    String department() {
        return "AGENCY";
    }

    @Test
    @Deployment(resources = {"processes/Dossier.bpmn", "processes/HandleInOneDepartment.bpmn"})
    void dossierRunsFromIntakeToReturnThroughTheTemplate() throws Exception {
        ProcessInstance dossier = acceptedAtTheDesk(CODE, "HandleInOneDepartment");
        ProcessInstance handling = calledHandling(dossier, "HandleInOneDepartment");

        complete(examine(handling), "PROPOSE_RESULT");
        complete(signOff(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        handBackResult(dossier);

        assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned");
        assertDelegateCalls("issueReceipt", "markResultReady", "recordReturn");
    }
}
