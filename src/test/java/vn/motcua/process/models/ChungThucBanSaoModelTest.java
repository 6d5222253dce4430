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
 * {@code processes/ChungThucBanSao.bpmn} alone (certified copy from the original): the justice department compares
 * the copy with the original, its approver certifies or sends it back. A copy is certified on the spot, so the model
 * has no supplement request.
 */
@Deployment(resources = "processes/ChungThucBanSao.bpmn")
class ChungThucBanSaoModelTest extends ModelTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    static final String CODE = "000.00.15.H12-250303-0003";

    ProcessInstance startHandling() {
        return start("ChungThucBanSao", CODE, Variables.createVariables());
    }

    Task compare(ProcessInstance handling) {
        Task task = openTask(handling, "Task_CompareWithOriginal");
        assertTask(task, "TU-PHAP", "PROPOSE_RESULT", "REJECT");
        return task;
    }

    Task certify(ProcessInstance handling) {
        Task task = openTask(handling, "Task_SignResult");
        assertTask(task, "TU-PHAP:APPROVER", "SIGN", "SEND_BACK");
        return task;
    }

    @Test
    void comparedAndCertifiedEndsWithTheResultReady() throws Exception {
        ProcessInstance handling = startHandling();
        assertThat(handling).isWaitingAtExactly("Task_CompareWithOriginal");

        complete(compare(handling), "PROPOSE_RESULT");
        assertThat(handling).isWaitingAtExactly("Task_SignResult");
        assertDelegateCalls();

        complete(certify(handling), "SIGN");
        verify(delegate("markResultReady")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassedInOrder(
                        "Task_CompareWithOriginal", "Task_SignResult", "Task_MarkResultReady", "EndEvent_ResultReady");
        assertDelegateCalls("markResultReady");
    }

    @Test
    void certificationSentBackReturnsToTheComparison() throws Exception {
        ProcessInstance handling = startHandling();
        complete(compare(handling), "PROPOSE_RESULT");

        complete(certify(handling), "SEND_BACK");
        assertThat(handling).isWaitingAtExactly("Task_CompareWithOriginal");
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
    void aSupplementRequestHasNoWayOutOfTheComparison() {
        ProcessInstance handling = startHandling();
        Task comparison = compare(handling);

        assertThatThrownBy(() -> complete(comparison, "REQUEST_SUPPLEMENT")).isInstanceOf(ProcessEngineException.class);
        assertThat(handling).isWaitingAtExactly("Task_CompareWithOriginal");
        assertDelegateCalls();
    }
}
