package vn.motcua.process.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/HandleAcrossAgencies.bpmn} alone, the {@code AGENCY_CHAIN} template (một cửa liên thông, e.g. land
 * office → tax office → land office for a first land-use right certificate): {@code listAgencies} says how many
 * agencies the dossier's chain has, each works its part in turn (hand on, ask for a supplement, or reject), then the
 * last one's approver signs or sends the result back to it. The model names each agency {@code AGENCY}; the loop's
 * counter tells the app which of the chain it is (TaskTimeline).
 */
@Deployment(resources = "processes/HandleAcrossAgencies.bpmn")
class HandleAcrossAgenciesModelTest extends ModelTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    static final String CODE = "000.00.15.H12-250303-0002";

    @BeforeEach
    void theChainHasThreeAgencies() {
        whenCalled("listAgencies", execution -> execution.setVariable("agencyCount", 3));
    }

    ProcessInstance startHandling() {
        return start("HandleAcrossAgencies", CODE, Variables.createVariables());
    }

    /** The open turn of an agency, checked to be the {@code position}-th of the chain (1 the first). */
    Task agencyTurn(ProcessInstance handling, int position) {
        Task task = openTask(handling, "Task_WorkAgencyPart");
        assertTask(task, "AGENCY", "HAND_ON", "REQUEST_SUPPLEMENT", "REJECT");
        Assertions.assertThat(engine.getTaskService().getVariable(task.getId(), "loopCounter"))
                .as("the loop counter that names the agency at work")
                .isEqualTo(position - 1);
        return task;
    }

    Task signOff(ProcessInstance handling) {
        Task task = openTask(handling, "Task_SignResult");
        assertTask(task, "AGENCY:APPROVER", "SIGN", "SEND_BACK");
        return task;
    }

    long turnsTaken(ProcessInstance handling) {
        return engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(handling.getId())
                .taskDefinitionKey("Task_WorkAgencyPart")
                .count();
    }

    @Test
    void eachAgencyInTurnThenTheSignatureEndsWithTheResultReady() throws Exception {
        ProcessInstance handling = startHandling();
        verify(delegate("listAgencies")).execute(any());

        for (int position = 1; position <= 3; position++) {
            complete(agencyTurn(handling, position), "HAND_ON");
        }
        assertThat(handling).isWaitingAtExactly("Task_SignResult");
        Assertions.assertThat(turnsTaken(handling)).isEqualTo(3);
        assertDelegateCalls("listAgencies");

        complete(signOff(handling), "SIGN");
        verify(delegate("markResultReady")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassedInOrder(
                        "Task_ListAgencies",
                        "Task_WorkAgencyPart",
                        "Task_SignResult",
                        "Task_MarkResultReady",
                        "EndEvent_ResultReady");
        assertDelegateCalls("listAgencies", "markResultReady");
    }

    @Test
    void signOffSentBackGoesToTheLastAgencysReworkNotAroundTheChainAgain() throws Exception {
        ProcessInstance handling = startHandling();
        for (int position = 1; position <= 3; position++) {
            complete(agencyTurn(handling, position), "HAND_ON");
        }

        complete(signOff(handling), "SEND_BACK");
        Task rework = openTask(handling, "Task_ReworkResult");
        assertTask(rework, "AGENCY", "PROPOSE_RESULT");
        verify(delegate("markResultReady"), never()).execute(any());

        complete(rework, "PROPOSE_RESULT");
        complete(signOff(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        Assertions.assertThat(turnsTaken(handling))
                .as("each agency works the dossier once")
                .isEqualTo(3);
        assertDelegateCalls("listAgencies", "markResultReady");
    }

    @Test
    void supplementRequestSuspendsTheAgencyAtWorkThenItResumesItsOwnTurn() throws Exception {
        ProcessInstance handling = startHandling();
        complete(agencyTurn(handling, 1), "HAND_ON");

        complete(agencyTurn(handling, 2), "REQUEST_SUPPLEMENT");
        verify(delegate("suspendForSupplement")).execute(any());
        assertThat(handling).isWaitingAt("ReceiveTask_SupplementArrived").isWaitingFor(SUPPLEMENT_ARRIVED);
        Assertions.assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(handling.getId())
                        .count())
                .as("no one works a suspended dossier")
                .isZero();

        supplementArrives(CODE);
        verify(delegate("resumeHandling")).execute(any());
        complete(agencyTurn(handling, 2), "HAND_ON");
        complete(agencyTurn(handling, 3), "HAND_ON");
        assertThat(handling).isWaitingAtExactly("Task_SignResult");
        assertDelegateCalls("listAgencies", "suspendForSupplement", "resumeHandling");
    }

    @Test
    void rejectionByAnyAgencyEndsTheHandlingWithoutTheNextOnes() throws Exception {
        ProcessInstance handling = startHandling();
        complete(agencyTurn(handling, 1), "HAND_ON");

        complete(agencyTurn(handling, 2), "REJECT");
        verify(delegate("recordRejection")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassed("Task_RecordRejection", "BoundaryEvent_DossierRejected", "EndEvent_DossierRejected")
                .hasNotPassed("Task_SignResult", "EndEvent_ResultReady");
        Assertions.assertThat(turnsTaken(handling)).isEqualTo(2);
        assertDelegateCalls("listAgencies", "recordRejection");
    }

    @Test
    @Deployment(resources = {"processes/Dossier.bpmn", "processes/HandleAcrossAgencies.bpmn"})
    void dossierRunsFromIntakeToReturnThroughTheTemplate() throws Exception {
        ProcessInstance dossier = acceptedAtTheDesk(CODE, "HandleAcrossAgencies");
        ProcessInstance handling = calledHandling(dossier, "HandleAcrossAgencies");

        for (int position = 1; position <= 3; position++) {
            complete(agencyTurn(handling, position), "HAND_ON");
        }
        complete(signOff(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        handBackResult(dossier);

        assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned");
        Assertions.assertThat(delegateCalls())
                .containsExactly("issueReceipt", "listAgencies", "markResultReady", "recordReturn");
    }

    /** Inside the agency loop, the delegates that move the dossier's timers still find the dossier's process. */
    @Test
    @Deployment(resources = {"processes/Dossier.bpmn", "processes/HandleAcrossAgencies.bpmn"})
    void aSupplementInTheLoopReachesTheDossiersProcessAndTheCitizensSupplementReachesTheLoop() throws Exception {
        List<String> timersMovedOn = new java.util.ArrayList<>();
        whenCalled(
                "suspendForSupplement",
                e -> timersMovedOn.add(
                        e.getProcessInstance().getSuperExecution().getProcessInstanceId()));
        whenCalled(
                "resumeHandling",
                e -> timersMovedOn.add(
                        e.getProcessInstance().getSuperExecution().getProcessInstanceId()));
        ProcessInstance dossier = acceptedAtTheDesk(CODE, "HandleAcrossAgencies");
        ProcessInstance handling = calledHandling(dossier, "HandleAcrossAgencies");

        complete(agencyTurn(handling, 1), "HAND_ON");
        complete(agencyTurn(handling, 2), "REQUEST_SUPPLEMENT");
        supplementArrives(CODE);
        complete(agencyTurn(handling, 2), "HAND_ON");

        Assertions.assertThat(timersMovedOn).containsExactly(dossier.getId(), dossier.getId());
        agencyTurn(handling, 3);
    }

    @Test
    @Deployment(resources = {"processes/Dossier.bpmn", "processes/HandleAcrossAgencies.bpmn"})
    void rejectionInTheChainReachesTheDossierAsRejected() throws Exception {
        ProcessInstance dossier = acceptedAtTheDesk(CODE, "HandleAcrossAgencies");
        ProcessInstance handling = calledHandling(dossier, "HandleAcrossAgencies");

        complete(agencyTurn(handling, 1), "REJECT");

        assertThat(dossier).isEnded().hasPassed("EndEvent_DossierRejected").hasNotPassed("Task_ReturnResult");
        Assertions.assertThat(List.copyOf(delegateCalls()))
                .containsExactly("issueReceipt", "listAgencies", "recordRejection");
    }
}
