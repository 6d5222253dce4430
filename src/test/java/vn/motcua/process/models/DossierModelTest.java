package vn.motcua.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/Dossier.bpmn} alone: the desk's check, the receipt, the call of the procedure's handling model
 * (a one-task stub handling process here, whose outcome the test chooses; one test calls the real
 * {@code HandleInOneDepartment.bpmn}), the return of the result, and the apology and overdue timers on the call activity.
 * The mocked {@code issueReceipt} sets what the real one does for the call activity: the handling process's key and
 * the two due instants, transient and ISO-8601, read by the call activity and its timers in the receipt's transaction.
 */
@Deployment(resources = "processes/Dossier.bpmn")
class DossierModelTest extends ModelTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    static final String CODE = "000.00.15.H12-250303-0042";
    static final String STUB_HANDLING = "StubHandling";
    /** Received Monday 3 March 2025 09:00 (+07:00), due Thursday 09:00, the apology due a working day before. */
    static final Instant RECEIVED_AT = Instant.parse("2025-03-03T02:00:00Z");

    static final Instant APOLOGY_DUE_AT = Instant.parse("2025-03-05T02:00:00Z");
    static final Instant DUE_AT = Instant.parse("2025-03-06T02:00:00Z");
    static final Duration MINUTE = Duration.ofMinutes(1);

    String handlingProcessKey = STUB_HANDLING;

    @BeforeEach
    void receiptSetsWhatTheCallActivityReadsAndAStubHandlesTheDossier() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED_AT));
        whenCalled("issueReceipt", execution -> {
            execution.setVariable("handlingProcessKey", Variables.stringValue(handlingProcessKey, true));
            execution.setVariable("dossierDueAt", Variables.stringValue(DUE_AT.toString(), true));
            execution.setVariable("apologyDueAt", Variables.stringValue(APOLOGY_DUE_AT.toString(), true));
        });
        whenCalled("openApology", execution -> execution.setVariable("apologyDepartment", "TC-KH"));

        BpmnModelInstance stub = Bpmn.createExecutableProcess(STUB_HANDLING)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_StubHandling")
                .endEvent()
                .done();
        extension.manageDeployment(engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("StubHandling.bpmn", stub)
                .deploy());
    }

    /** A dossier brought to the desk: the clerk's decision travels with the intake, as the app starts it. */
    ProcessInstance checkedAtTheCounter(String decision) {
        VariableMap variables = outcome(decision).putValueTyped("checkedAtDesk", Variables.booleanValue(true, true));
        return start("Dossier", CODE, variables);
    }

    /** An online or postal dossier: nothing decided yet. */
    ProcessInstance submittedOnline() {
        return start(
                "Dossier",
                CODE,
                Variables.createVariables().putValueTyped("checkedAtDesk", Variables.booleanValue(false, true)));
    }

    Task checkCompleteness(ProcessInstance dossier) {
        Task task = openTask(dossier, "Task_CheckCompleteness");
        assertTask(task, "DESK", "ACCEPT", "REQUEST_SUPPLEMENT", "REFUSE");
        return task;
    }

    Task returnResult(ProcessInstance dossier) {
        Task task = openTask(dossier, "Task_ReturnResult");
        assertTask(task, "DESK", "RETURNED");
        return task;
    }

    /** The stub handling process ends with this outcome, as markResultReady or recordRejection would leave it. */
    void handlingEnds(ProcessInstance dossier, String handlingOutcome) {
        ProcessInstance handling = calledProcessInstance(dossier);
        Task task = openTask(handling, "Task_StubHandling");
        engine.getTaskService().complete(task.getId(), Variables.putValue("handlingOutcome", handlingOutcome));
    }

    Job timer(ProcessInstance dossier, String boundaryEvent) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(dossier.getId())
                .activityId(boundaryEvent)
                .singleResult();
    }

    /** The timers a job executor would run at this clock, and no other job. */
    List<String> dueTimers(ProcessInstance dossier) {
        List<String> due = Stream.of("BoundaryEvent_ApologyDue", "BoundaryEvent_DossierOverdue")
                .filter(event -> engine.getManagementService()
                                .createJobQuery()
                                .processInstanceId(dossier.getId())
                                .activityId(event)
                                .executable()
                                .count()
                        == 1)
                .toList();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(dossier.getId())
                        .executable()
                        .count())
                .as("due jobs")
                .isEqualTo(due.size());
        return due;
    }

    void fire(ProcessInstance dossier, String boundaryEvent) {
        engine.getManagementService().executeJob(timer(dossier, boundaryEvent).getId());
    }

    @Test
    void checkedAtTheCounterAcceptedHandledAndReturnedEndsWithTheResultReturned() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");

        verify(delegate("issueReceipt")).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isWaitingAtExactly("CallActivity_HandleDossier")
                .hasNotPassed("Task_CheckCompleteness");
        BpmnAwareTests.assertThat(calledProcessInstance(dossier))
                .hasProcessDefinitionKey(STUB_HANDLING)
                .hasBusinessKey(CODE);
        assertThat(timer(dossier, "BoundaryEvent_ApologyDue").getDuedate()).isEqualTo(Date.from(APOLOGY_DUE_AT));
        assertThat(timer(dossier, "BoundaryEvent_DossierOverdue").getDuedate()).isEqualTo(Date.from(DUE_AT));

        handlingEnds(dossier, "RESULT_READY");
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("Task_ReturnResult");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(dossier.getId())
                        .count())
                .as("no apology or overdue flag once the result is ready")
                .isZero();
        assertDelegateCalls("issueReceipt");

        complete(returnResult(dossier), "RETURNED");
        verify(delegate("recordReturn")).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isEnded()
                .hasPassedInOrder(
                        "Task_IssueReceipt",
                        "CallActivity_HandleDossier",
                        "Task_ReturnResult",
                        "Task_RecordReturn",
                        "EndEvent_ResultReturned");
        assertDelegateCalls("issueReceipt", "recordReturn");
    }

    @Test
    void onlineDossierWaitsForTheDesksCheckThenIsReceived() throws Exception {
        ProcessInstance dossier = submittedOnline();
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("Task_CheckCompleteness");
        assertDelegateCalls();

        complete(checkCompleteness(dossier), "ACCEPT");
        verify(delegate("issueReceipt")).execute(any());
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("CallActivity_HandleDossier");
        BpmnAwareTests.assertThat(calledProcessInstance(dossier)).isWaitingAt("Task_StubHandling");
        assertDelegateCalls("issueReceipt");
    }

    @Test
    void supplementAskedAfterTheCheckWaitsForTheCitizenThenReturnsToTheCheck() throws Exception {
        ProcessInstance dossier = submittedOnline();

        complete(checkCompleteness(dossier), "REQUEST_SUPPLEMENT");
        verify(delegate("requestSupplement")).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isWaitingAtExactly("ReceiveTask_SupplementArrived")
                .isWaitingFor(SUPPLEMENT_ARRIVED)
                .hasNotPassed("Task_IssueReceipt");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(dossier.getId())
                        .count())
                .as("no limit runs before the receipt")
                .isZero();

        supplementArrives(CODE);
        verify(delegate("recordSupplement")).execute(any());
        complete(checkCompleteness(dossier), "ACCEPT");
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("CallActivity_HandleDossier");
        assertDelegateCalls("requestSupplement", "recordSupplement", "issueReceipt");
    }

    @Test
    void supplementAskedAtTheCounterSkipsTheCheckButTheSupplementIsChecked() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("REQUEST_SUPPLEMENT");
        verify(delegate("requestSupplement")).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isWaitingAtExactly("ReceiveTask_SupplementArrived")
                .hasNotPassed("Task_CheckCompleteness");

        supplementArrives(CODE);
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("Task_CheckCompleteness");
        assertDelegateCalls("requestSupplement", "recordSupplement");
    }

    @Test
    void refusedAfterTheCheckEndsAtTheDesk() throws Exception {
        ProcessInstance dossier = submittedOnline();

        complete(checkCompleteness(dossier), "REFUSE");
        verify(delegate("recordRefusal")).execute(any());
        verify(delegate("issueReceipt"), never()).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isEnded()
                .hasPassed("Task_RecordRefusal", "EndEvent_DossierRefused")
                .hasNotPassed("Task_IssueReceipt", "CallActivity_HandleDossier");
        assertDelegateCalls("recordRefusal");
    }

    @Test
    void handlingRejectedEndsTheDossierWithNoResultToReturn() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");

        handlingEnds(dossier, "REJECTED");
        BpmnAwareTests.assertThat(dossier)
                .isEnded()
                .hasPassed("EndEvent_DossierRejected")
                .hasNotPassed("Task_ReturnResult", "EndEvent_ResultReturned");
        verify(delegate("recordReturn"), never()).execute(any());
        assertDelegateCalls("issueReceipt");
    }

    @Test
    void stopAtTheApplicantsRequestEndsHandlingAndTimersAtTheStopPath() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");
        ProcessInstance handling = calledProcessInstance(dossier);

        engine.getRuntimeService()
                .createMessageCorrelation("StopRequested")
                .processInstanceBusinessKey(dossier.getBusinessKey())
                .correlate();
        BpmnAwareTests.assertThat(dossier)
                .isEnded()
                .hasPassed("Task_RecordStop", "EndEvent_HandlingStopped")
                .hasNotPassed("Task_ReturnResult");
        BpmnAwareTests.assertThat(handling).isEnded();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(dossier.getId())
                        .count())
                .isZero();
        assertDelegateCalls("issueReceipt", "recordStop");
    }

    @Test
    void apologyFallsDueWhileHandlingGoesOnAndGoesToTheDepartmentHoldingTheDossier() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");

        ClockUtil.setCurrentTime(Date.from(APOLOGY_DUE_AT.minus(MINUTE)));
        assertThat(dueTimers(dossier)).isEmpty();

        ClockUtil.setCurrentTime(Date.from(APOLOGY_DUE_AT.plus(MINUTE)));
        assertThat(dueTimers(dossier)).containsExactly("BoundaryEvent_ApologyDue");
        fire(dossier, "BoundaryEvent_ApologyDue");
        verify(delegate("openApology")).execute(any());
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("CallActivity_HandleDossier", "Task_IssueApology");
        BpmnAwareTests.assertThat(calledProcessInstance(dossier)).isWaitingAt("Task_StubHandling");
        Task apology = openTask(dossier, "Task_IssueApology");
        assertTask(apology, "TC-KH", "ISSUE_APOLOGY");

        complete(apology, "ISSUE_APOLOGY");
        verify(delegate("recordApology")).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isWaitingAtExactly("CallActivity_HandleDossier")
                .hasPassed("EndEvent_ApologyIssued");
        assertThat(timer(dossier, "BoundaryEvent_DossierOverdue").getDuedate())
                .as("the original due instant stays the yardstick")
                .isEqualTo(Date.from(DUE_AT));
        assertDelegateCalls("issueReceipt", "openApology", "recordApology");
    }

    @Test
    void overdueTimerFlagsTheDossierAtItsDueInstantAndHandlingGoesOn() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");

        ClockUtil.setCurrentTime(Date.from(DUE_AT.minus(MINUTE)));
        assertThat(dueTimers(dossier)).containsExactly("BoundaryEvent_ApologyDue");

        ClockUtil.setCurrentTime(Date.from(DUE_AT.plus(MINUTE)));
        assertThat(dueTimers(dossier)).containsExactly("BoundaryEvent_ApologyDue", "BoundaryEvent_DossierOverdue");
        fire(dossier, "BoundaryEvent_DossierOverdue");
        verify(delegate("flagOverdue")).execute(any());
        BpmnAwareTests.assertThat(dossier)
                .isWaitingAtExactly("CallActivity_HandleDossier")
                .hasPassed("Task_FlagOverdue", "EndEvent_OverdueFlagged");

        handlingEnds(dossier, "RESULT_READY");
        complete(returnResult(dossier), "RETURNED");
        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned");
        verify(delegate("openApology"), never()).execute(any());
        assertDelegateCalls("issueReceipt", "flagOverdue", "recordReturn");
    }

    @Test
    void returningTheResultClosesAnApologyStillOpen() throws Exception {
        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");
        ClockUtil.setCurrentTime(Date.from(APOLOGY_DUE_AT.plus(MINUTE)));
        fire(dossier, "BoundaryEvent_ApologyDue");
        openTask(dossier, "Task_IssueApology");

        handlingEnds(dossier, "RESULT_READY");
        BpmnAwareTests.assertThat(dossier).isWaitingAtExactly("Task_IssueApology", "Task_ReturnResult");
        complete(returnResult(dossier), "RETURNED");

        BpmnAwareTests.assertThat(dossier)
                .isEnded()
                .hasPassed("EndEvent_ResultReturned")
                .hasNotPassed("EndEvent_ApologyIssued");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(dossier.getId())
                        .count())
                .isZero();
        verify(delegate("recordApology"), never()).execute(any());
        assertDelegateCalls("issueReceipt", "openApology", "recordReturn");
    }

    /**
     * The real handling model behind the call activity: the dossier's code reaches it as its business key, the
     * citizen's supplement (correlated by that code) reaches the handling process, the delegates that move the
     * dossier's timers find the dossier's process as their super execution, and the outcome markResultReady sets
     * comes back to the dossier.
     */
    @Test
    @Deployment(resources = {"processes/Dossier.bpmn", "processes/HandleInOneDepartment.bpmn"})
    void realHandlingModelGetsTheCodeTheSupplementAndGivesBackItsOutcome() throws Exception {
        handlingProcessKey = "HandleInOneDepartment";
        whenCalled("markResultReady", execution -> execution.setVariable("handlingOutcome", "RESULT_READY"));
        List<String> timersMovedOn = new ArrayList<>();
        whenCalled(
                "suspendForSupplement",
                e -> timersMovedOn.add(e.getSuperExecution().getProcessInstanceId()));
        whenCalled(
                "resumeHandling", e -> timersMovedOn.add(e.getSuperExecution().getProcessInstanceId()));

        ProcessInstance dossier = checkedAtTheCounter("ACCEPT");
        ProcessInstance handling = calledProcessInstance(dossier);
        BpmnAwareTests.assertThat(handling)
                .hasProcessDefinitionKey("HandleInOneDepartment")
                .hasBusinessKey(CODE)
                .isWaitingAtExactly("Task_ExamineDossier");

        complete(openTask(handling, "Task_ExamineDossier"), "REQUEST_SUPPLEMENT");
        BpmnAwareTests.assertThat(handling).isWaitingAtExactly("ReceiveTask_SupplementArrived");
        supplementArrives(CODE);
        BpmnAwareTests.assertThat(handling).isWaitingAtExactly("Task_ExamineDossier");
        assertThat(timersMovedOn).containsExactly(dossier.getId(), dossier.getId());

        complete(openTask(handling, "Task_ExamineDossier"), "PROPOSE_RESULT");
        complete(openTask(handling, "Task_SignResult"), "SIGN");
        BpmnAwareTests.assertThat(handling).isEnded();
        complete(returnResult(dossier), "RETURNED");

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned");
        assertDelegateCalls(
                "issueReceipt", "suspendForSupplement", "resumeHandling", "markResultReady", "recordReturn");
        assertThat(calls()).extracting(Call::businessKey).containsOnly(CODE);
    }
}
