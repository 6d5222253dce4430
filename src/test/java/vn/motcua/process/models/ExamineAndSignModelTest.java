package vn.motcua.process.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The handling model of one shape (the ONE_DEPARTMENT template): a department examines the dossier (propose a result, ask for a supplement, or
 * reject it), its approver signs or sends it back to the examiner. Each subclass is one model, with its own process
 * key, examining task and department; the model must be deployed by the subclass's {@code @Deployment}.
 */
abstract class ExamineAndSignModelTest extends ModelTestSupport {

    static final String CODE = "000.00.15.H12-250303-0001";

    /** The process id of the model, as {@code handlingProcessKey} names it. */
    abstract String processKey();

    /** The department's task that examines the dossier. */
    abstract String examineTask();

    /** The department that examines; its approvers sign as {@code <department>:APPROVER}. */
    abstract String department();

    ProcessInstance startHandling() {
        return start(processKey(), CODE, Variables.createVariables());
    }

    Task examine(ProcessInstance handling) {
        Task task = openTask(handling, examineTask());
        assertTask(task, department(), "PROPOSE_RESULT", "REQUEST_SUPPLEMENT", "REJECT");
        return task;
    }

    Task signOff(ProcessInstance handling) {
        Task task = openTask(handling, "Task_SignResult");
        assertTask(task, department() + ":APPROVER", "SIGN", "SEND_BACK");
        return task;
    }

    @Test
    void examinedProposedAndSignedEndsWithTheResultReady() throws Exception {
        ProcessInstance handling = startHandling();
        assertThat(handling).isWaitingAtExactly(examineTask());
        assertDelegateCalls();

        complete(examine(handling), "PROPOSE_RESULT");
        assertThat(handling).isWaitingAtExactly("Task_SignResult");
        assertDelegateCalls();

        complete(signOff(handling), "SIGN");
        verify(delegate("markResultReady")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassedInOrder(examineTask(), "Task_SignResult", "Task_MarkResultReady", "EndEvent_ResultReady");
        assertDelegateCalls("markResultReady");
    }

    @Test
    void signOffSentBackReturnsToTheExaminer() throws Exception {
        ProcessInstance handling = startHandling();
        complete(examine(handling), "PROPOSE_RESULT");

        complete(signOff(handling), "SEND_BACK");
        assertThat(handling).isWaitingAtExactly(examineTask());
        verify(delegate("markResultReady"), never()).execute(any());
        assertDelegateCalls();

        complete(examine(handling), "PROPOSE_RESULT");
        complete(signOff(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        assertDelegateCalls("markResultReady");
    }

    @Test
    void supplementRequestSuspendsUntilTheCitizenBringsItThenTheExaminerResumes() throws Exception {
        ProcessInstance handling = startHandling();

        complete(examine(handling), "REQUEST_SUPPLEMENT");
        verify(delegate("suspendForSupplement")).execute(any());
        assertThat(handling).isWaitingAtExactly("ReceiveTask_SupplementArrived").isWaitingFor(SUPPLEMENT_ARRIVED);
        Assertions.assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(handling.getId())
                        .count())
                .as("no one works a suspended dossier")
                .isZero();
        verify(delegate("resumeHandling"), never()).execute(any());

        supplementArrives(CODE);
        verify(delegate("resumeHandling")).execute(any());
        assertThat(handling).isWaitingAtExactly(examineTask());
        assertDelegateCalls("suspendForSupplement", "resumeHandling");

        complete(examine(handling), "PROPOSE_RESULT");
        complete(signOff(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        assertDelegateCalls("suspendForSupplement", "resumeHandling", "markResultReady");
    }

    @Test
    void rejectionEndsTheHandlingWithoutSignOff() throws Exception {
        ProcessInstance handling = startHandling();

        complete(examine(handling), "REJECT");
        verify(delegate("recordRejection")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassed("Task_RecordRejection", "EndEvent_DossierRejected")
                .hasNotPassed("Task_SignResult", "EndEvent_ResultReady");
        assertDelegateCalls("recordRejection");
    }
}
