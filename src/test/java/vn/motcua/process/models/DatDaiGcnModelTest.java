package vn.motcua.process.models;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/DatDaiGcn.bpmn} alone (first land-use right certificate, một cửa liên thông): the land office
 * examines, the tax office fixes the financial obligation, the land office prepares the certificate and its approver
 * signs it or sends it back to the land office's preparation.
 */
@Deployment(resources = "processes/DatDaiGcn.bpmn")
class DatDaiGcnModelTest extends ModelTestSupport {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    static final String CODE = "000.00.15.H12-250303-0002";

    ProcessInstance startHandling() {
        return start("DatDaiGcn", CODE, Variables.createVariables());
    }

    Task examineLand(ProcessInstance handling) {
        Task task = openTask(handling, "Task_ExamineLandDossier");
        assertTask(task, "DAT-DAI", "SEND_TO_TAX", "REQUEST_SUPPLEMENT", "REJECT");
        return task;
    }

    Task tax(ProcessInstance handling) {
        Task task = openTask(handling, "Task_DetermineFinancialObligation");
        assertTask(task, "THUE", "TAX_NOTICE_ISSUED");
        return task;
    }

    Task prepareCertificate(ProcessInstance handling) {
        Task task = openTask(handling, "Task_PrepareCertificate");
        assertTask(task, "DAT-DAI", "PROPOSE_RESULT");
        return task;
    }

    Task signCertificate(ProcessInstance handling) {
        Task task = openTask(handling, "Task_SignCertificate");
        assertTask(task, "DAT-DAI:APPROVER", "SIGN", "SEND_BACK");
        return task;
    }

    @Test
    void landThenTaxThenLandThenSignatureEndsWithTheResultReady() throws Exception {
        ProcessInstance handling = startHandling();
        assertThat(handling).isWaitingAtExactly("Task_ExamineLandDossier");

        complete(examineLand(handling), "SEND_TO_TAX");
        assertThat(handling).isWaitingAtExactly("Task_DetermineFinancialObligation");
        complete(tax(handling), "TAX_NOTICE_ISSUED");
        assertThat(handling).isWaitingAtExactly("Task_PrepareCertificate");
        complete(prepareCertificate(handling), "PROPOSE_RESULT");
        assertThat(handling).isWaitingAtExactly("Task_SignCertificate");
        assertDelegateCalls();

        complete(signCertificate(handling), "SIGN");
        verify(delegate("markResultReady")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassedInOrder(
                        "Task_ExamineLandDossier",
                        "Task_DetermineFinancialObligation",
                        "Task_PrepareCertificate",
                        "Task_SignCertificate",
                        "Task_MarkResultReady",
                        "EndEvent_ResultReady");
        assertDelegateCalls("markResultReady");
    }

    @Test
    void certificateSentBackReturnsToTheLandOfficesPreparationNotToTheTaxOffice() throws Exception {
        ProcessInstance handling = startHandling();
        complete(examineLand(handling), "SEND_TO_TAX");
        complete(tax(handling), "TAX_NOTICE_ISSUED");
        complete(prepareCertificate(handling), "PROPOSE_RESULT");

        complete(signCertificate(handling), "SEND_BACK");
        assertThat(handling).isWaitingAtExactly("Task_PrepareCertificate");
        verify(delegate("markResultReady"), never()).execute(any());

        complete(prepareCertificate(handling), "PROPOSE_RESULT");
        complete(signCertificate(handling), "SIGN");
        assertThat(handling).isEnded().hasPassed("EndEvent_ResultReady");
        Assertions.assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(handling.getId())
                        .taskDefinitionKey("Task_DetermineFinancialObligation")
                        .count())
                .as("the tax office works the dossier once")
                .isEqualTo(1);
        assertDelegateCalls("markResultReady");
    }

    @Test
    void supplementRequestSuspendsUntilTheCitizenBringsItThenTheLandOfficeResumes() throws Exception {
        ProcessInstance handling = startHandling();

        complete(examineLand(handling), "REQUEST_SUPPLEMENT");
        verify(delegate("suspendForSupplement")).execute(any());
        assertThat(handling).isWaitingAtExactly("ReceiveTask_SupplementArrived").isWaitingFor(SUPPLEMENT_ARRIVED);

        supplementArrives(CODE);
        verify(delegate("resumeHandling")).execute(any());
        assertThat(handling).isWaitingAtExactly("Task_ExamineLandDossier");
        assertDelegateCalls("suspendForSupplement", "resumeHandling");

        complete(examineLand(handling), "SEND_TO_TAX");
        assertThat(handling).isWaitingAtExactly("Task_DetermineFinancialObligation");
    }

    @Test
    void rejectionByTheLandOfficeEndsTheHandlingBeforeTheTaxOffice() throws Exception {
        ProcessInstance handling = startHandling();

        complete(examineLand(handling), "REJECT");
        verify(delegate("recordRejection")).execute(any());
        assertThat(handling)
                .isEnded()
                .hasPassed("EndEvent_DossierRejected")
                .hasNotPassed("Task_DetermineFinancialObligation", "Task_SignCertificate", "EndEvent_ResultReady");
        assertDelegateCalls("recordRejection");
    }
}
