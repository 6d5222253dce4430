package vn.motcua.process.models;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/HandleAtDesk.bpmn} alone, the {@code AT_DESK} template (e.g. a certified copy from the original):
 * the desk handles the dossier, the approver of the procedure's department ({@code AGENCY:APPROVER}, resolved by the
 * app to the dossier's department) signs or sends it back, the same day. Nothing is missing from a dossier handled on
 * the spot, so the model has no supplement request.
 */
@Deployment(resources = "processes/HandleAtDesk.bpmn")
class HandleAtDeskModelTest extends ModelTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    static final String CODE = "000.00.15.H12-250303-0003";

    ProcessInstance startHandling() {
        return start("HandleAtDesk", CODE, Variables.createVariables());
    }

    Task compare(ProcessInstance handling) {
        Task task = openTask(handling, "Task_HandleAtDesk");
        assertTask(task, "DESK", "PROPOSE_RESULT", "REJECT");
        return task;
    }

    Task certify(ProcessInstance handling) {
        Task task = openTask(handling, "Task_SignResult");
        assertTask(task, "AGENCY:APPROVER", "SIGN", "SEND_BACK");
        return task;
    }

    @Test
    void comparedAndCertifiedEndsWithTheResultReady() throws Exception {
        ProcessInstance handling = startHandling();
        assertThat(handling).isWaitingAtExactly("Task_HandleAtDesk");

        complete(compare(handling), "PROPOSE_RESULT");
        assertThat(handling).isWaitingAtExactly("Task_SignResult");
        assertDelegateCalls();

        complete(certify(handling), "SIGN");
        verify(delegate("markResultReady")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassedInOrder(
                        "Task_HandleAtDesk", "Task_SignResult", "Task_MarkResultReady", "EndEvent_ResultReady");
        assertDelegateCalls("markResultReady");
    }

    @Test
    void certificationSentBackReturnsToTheComparison() throws Exception {
        ProcessInstance handling = startHandling();
        complete(compare(handling), "PROPOSE_RESULT");

        complete(certify(handling), "SEND_BACK");
        assertThat(handling).isWaitingAtExactly("Task_HandleAtDesk");
        verify(delegate("markResultReady"), never()).execute(any());

        complete(compare(handling), "PROPOSE_RESULT");
        complete(certify(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        assertDelegateCalls("markResultReady");
    }

    @Test
    void rejectionEndsTheHandlingWithoutCertification() throws Exception {
        ProcessInstance handling = startHandling();

        complete(compare(handling), "REJECT");
        verify(delegate("recordRejection")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassed("EndEvent_DossierRejected")
                .hasNotPassed("Task_SignResult", "EndEvent_ResultReady");
        assertDelegateCalls("recordRejection");
    }

    @Test
    @Deployment(resources = {"processes/Dossier.bpmn", "processes/HandleAtDesk.bpmn"})
    void dossierRunsFromIntakeToReturnThroughTheTemplate() throws Exception {
        ProcessInstance dossier = acceptedAtTheDesk(CODE, "HandleAtDesk");
        ProcessInstance handling = calledHandling(dossier, "HandleAtDesk");

        complete(compare(handling), "PROPOSE_RESULT");
        complete(certify(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        handBackResult(dossier);

        assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned");
        assertDelegateCalls("issueReceipt", "markResultReady", "recordReturn");
    }

    @Test
    void aSupplementRequestHasNoWayOutOfTheComparison() {
        ProcessInstance handling = startHandling();
        Task comparison = compare(handling);

        assertThatThrownBy(() -> complete(comparison, "REQUEST_SUPPLEMENT")).isInstanceOf(ProcessEngineException.class);
        assertThat(handling).isWaitingAtExactly("Task_HandleAtDesk");
        assertDelegateCalls();
    }
}
