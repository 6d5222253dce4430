package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/** Every path of {@code Dossier.bpmn} and the handling models, driven through the REST API alone. */
class DossierLifecycleTest extends ApiTestSupport {

    @BeforeEach
    void engineForAssertions() {
        init(engine);
        clockAt("2025-03-07T10:00:00+07:00");
    }

    @Test
    void acceptedDossierIsHandledSignedAndReturnedWithEveryStepOnItsTimeline() throws Exception {
        JsonNode dossier = accepted("HO-KINH-DOANH");
        String code = dossier.get("code").asText();
        assertThat(dossier.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(dossier.get("currentDepartment").asText()).isEqualTo("TC-KH");
        BpmnAwareTests.assertThat(process(code)).isWaitingAt("CallActivity_HandleDossier");
        BpmnAwareTests.assertThat(calledProcessInstance(process(code))).isWaitingAt("Task_ExamineDossier");
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(process(code).getId())
                        .taskDefinitionKey("Task_CheckCompleteness")
                        .count())
                .as("checked at the counter: no check task opened")
                .isZero();
        String checkTaskName = engine.getRepositoryService()
                .getBpmnModelInstance(process(code).getProcessDefinitionId())
                .getModelElementById("Task_CheckCompleteness")
                .getAttributeValue("name");
        assertThat(lastNote(dossier, "TASK_COMPLETED"))
                .as("the desk's check on the timeline, named as in the model")
                .isEqualTo(checkTaskName + ": ACCEPT");

        clockAt("2025-03-10T09:00:00+07:00");
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT", "comment", "Đủ điều kiện"));
        BpmnAwareTests.assertThat(calledProcessInstance(process(code))).isWaitingAt("Task_SignResult");
        completeOk("approver", code, Map.of("outcome", "SIGN"));

        JsonNode ready = dossier(code);
        assertThat(ready.get("status").asText()).isEqualTo("RESULT_READY");
        assertThat(ready.get("resultReadyAt").asText()).isEqualTo("2025-03-10T09:00:00+07:00");
        assertThat(ready.get("timeliness").asText()).isEqualTo("EARLY");
        BpmnAwareTests.assertThat(process(code)).isWaitingAt("Task_ReturnResult");

        clockAt("2025-03-11T14:00:00+07:00");
        completeOk(
                "clerk", code, Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung", "satisfaction", 5));
        JsonNode returned = dossier(code);
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnedAt").asText()).isEqualTo("2025-03-11T14:00:00+07:00");
        assertThat(returned.get("satisfaction").asInt()).isEqualTo(5);
        assertEndedAt(code, "EndEvent_ResultReturned");

        assertThat(steps(returned))
                .containsSubsequence(
                        "SUBMITTED",
                        "TASK_COMPLETED",
                        "RECEIVED",
                        "ASSIGNED",
                        "TASK_COMPLETED",
                        "ASSIGNED",
                        "TASK_COMPLETED",
                        "RESULT_READY",
                        "ASSIGNED",
                        "TASK_COMPLETED",
                        "RETURNED");
        for (JsonNode line : returned.get("timeline")) {
            assertThat(line.get("at").asText()).endsWith("+07:00");
            assertThat(line.get("actor").asText()).isNotBlank();
        }
        assertThat(actorsOf(returned, "TASK_COMPLETED")).containsExactly("clerk", "handler.tckh", "approver", "clerk");
        assertThat(departmentsOf(returned, "ASSIGNED")).contains("TC-KH");
    }

    @Test
    void deskRequestForSupplementStopsTheClockUntilTheCitizenBringsEverything() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        body.put("reason", "Thiếu giấy tờ");
        body.putArray("missingDocuments").add("Bản sao CCCD của chủ hộ").add("Văn bản ủy quyền");
        JsonNode dossier = intake(body);
        String code = dossier.get("code").asText();

        assertThat(dossier.get("status").asText()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(dossier.get("receivedAt").isNull()).isTrue();
        assertThat(dossier.get("dueAt").isNull()).isTrue();
        BpmnAwareTests.assertThat(process(code)).isWaitingAt("ReceiveTask_SupplementArrived");
        assertThat(lastNote(dossier, "SUPPLEMENT_REQUESTED")).contains("Bản sao CCCD của chủ hộ", "Văn bản ủy quyền");

        clockAt("2025-03-10T08:30:00+07:00");
        JsonNode back = body(postAs(
                "clerk",
                Map.of(
                        "documents",
                        List.of(
                                Map.of("name", "Bản sao CCCD", "digitized", true),
                                Map.of("name", "Văn bản ủy quyền", "digitized", false))),
                "/api/dossiers/{code}/supplement",
                code));
        assertThat(back.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(back.get("documents")).hasSize(3);
        BpmnAwareTests.assertThat(process(code)).isWaitingAt("Task_CheckCompleteness");

        completeOk("clerk", code, Map.of("outcome", "ACCEPT"));
        JsonNode received = dossier(code);
        assertThat(received.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(received.get("receivedAt").asText()).isEqualTo("2025-03-10T08:30:00+07:00");
        assertThat(received.get("dueAt").asText()).isEqualTo("2025-03-13T08:30:00+07:00");
    }

    @Test
    void refusedDossierEndsAtTheDeskWithItsReason() throws Exception {
        ObjectNode body = intakeBody("KHAI-SINH", "REFUSE");
        body.put("reason", "Không thuộc thẩm quyền giải quyết của huyện");
        JsonNode dossier = intake(body);
        assertThat(dossier.get("status").asText()).isEqualTo("REFUSED");
        assertThat(lastNote(dossier, "REFUSED")).isEqualTo("Không thuộc thẩm quyền giải quyết của huyện");
        assertEndedAt(dossier.get("code").asText(), "EndEvent_DossierRefused");
    }

    @Test
    void onlineDossierWaitsForTheDesksCheck() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", null);
        body.put("channel", "ONLINE");
        JsonNode dossier = intake(body);
        String code = dossier.get("code").asText();
        assertThat(dossier.get("status").asText()).isEqualTo("SUBMITTED");
        BpmnAwareTests.assertThat(process(code)).isWaitingAt("Task_CheckCompleteness");
        assertThat(taskOf("clerk", code).get("outcomes"))
                .extracting(JsonNode::asText)
                .containsExactly("ACCEPT", "REQUEST_SUPPLEMENT", "REFUSE");
        assertThat(taskOf("handler.tckh", code)).isNull();
    }

    @Test
    void handlersRequestForSupplementSuspendsAndTheLimitCountsAfreshOnReturn() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        assertThat(dossier(code).get("dueAt").asText()).isEqualTo("2025-03-06T09:00:00+07:00");

        completeOk(
                "handler.tckh",
                code,
                Map.of(
                        "outcome",
                        "REQUEST_SUPPLEMENT",
                        "reason",
                        "Thiếu biên bản họp",
                        "missingDocuments",
                        List.of("Biên bản họp thành viên hộ gia đình")));
        assertThat(dossier(code).get("status").asText()).isEqualTo("SUSPENDED");
        BpmnAwareTests.assertThat(calledProcessInstance(process(code))).isWaitingAt("ReceiveTask_SupplementArrived");

        clockAt("2025-03-10T09:00:00+07:00");
        JsonNode resumed = body(postAs(
                "clerk",
                Map.of("documents", List.of(Map.of("name", "Biên bản họp"))),
                "/api/dossiers/{code}/supplement",
                code));
        assertThat(resumed.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(resumed.get("dueAt").asText()).isEqualTo("2025-03-13T09:00:00+07:00");
        BpmnAwareTests.assertThat(calledProcessInstance(process(code))).isWaitingAt("Task_ExamineDossier");
        assertThat(steps(resumed)).containsSubsequence("SUSPENDED", "RESUMED");
    }

    @Test
    void rejectedDossierEndsWithItsReasonAndATimeliness() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        completeOk("handler.tckh", code, Map.of("outcome", "REJECT", "reason", "Ngành nghề kinh doanh bị cấm"));
        JsonNode rejected = dossier(code);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(lastNote(rejected, "REJECTED")).isEqualTo("Ngành nghề kinh doanh bị cấm");
        assertEndedAt(code, "EndEvent_DossierRejected");
    }

    @Test
    void landDossierPassesTheLandOfficeThenTheTaxOfficeThenBack() throws Exception {
        String code = accepted("DAT-DAI-GCN").get("code").asText();
        assertThat(taskOf("handler.thue", code)).isNull();
        completeOk("handler.datdai", code, Map.of("outcome", "HAND_ON"));
        assertThat(dossier(code).get("currentDepartment").asText()).isEqualTo("THUE");
        assertThat(taskOf("handler.datdai", code)).isNull();
        completeOk("handler.thue", code, Map.of("outcome", "HAND_ON"));
        completeOk("handler.datdai", code, Map.of("outcome", "HAND_ON"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        JsonNode ready = dossier(code);
        assertThat(ready.get("status").asText()).isEqualTo("RESULT_READY");
        assertThat(departmentsOf(ready, "ASSIGNED")).containsSubsequence("DAT-DAI", "THUE", "DAT-DAI", "DAT-DAI");
    }

    @Test
    void approverSendsBackAndTheHandlerProposesAgain() throws Exception {
        String code = accepted("KHAI-SINH").get("code").asText();
        completeOk("handler.tuphap", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SEND_BACK", "comment", "Sai tên cha"));
        BpmnAwareTests.assertThat(calledProcessInstance(process(code))).isWaitingAt("Task_ExamineDossier");
        completeOk("handler.tuphap", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        assertThat(dossier(code).get("status").asText()).isEqualTo("RESULT_READY");
    }

    @Test
    void aTaskCompletedOutsideOurApiStillWritesItsLineOnTheTimeline() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        String examination = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskDefinitionKey("Task_ExamineDossier")
                .singleResult()
                .getId();
        // As Camunda's Tasklist would: straight through the engine, past our controllers and services.
        engine.getTaskService().complete(examination, Map.of("outcome", "PROPOSE_RESULT", "comment", "Đủ điều kiện"));
        JsonNode dossier = dossier(code);
        assertThat(lastNote(dossier, "TASK_COMPLETED")).isEqualTo("Thẩm định hồ sơ: PROPOSE_RESULT — Đủ điều kiện");
        assertThat(departmentsOf(dossier, "TASK_COMPLETED"))
                .as("the desk's check has none")
                .containsExactly("TC-KH");
    }

    @Test
    void withdrawnDossierEndsItsProcessAndLeavesNoTask() throws Exception {
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        JsonNode withdrawn = body(
                postAs("clerk", Map.of("reason", "Công dân xin rút hồ sơ"), "/api/dossiers/{code}/withdraw", code));
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(taskOf("handler.tckh", code)).isNull();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(code)
                        .count())
                .isZero();
        assertThat(postAs("clerk", Map.of("reason", "lần hai"), "/api/dossiers/{code}/withdraw", code)
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    private ProcessInstance process(String code) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("Dossier")
                .processInstanceBusinessKey(code)
                .singleResult();
    }

    /** The dossier's process has ended, through the given end event. */
    private void assertEndedAt(String code, String endEvent) {
        var history = engine.getHistoryService();
        var instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("Dossier")
                .processInstanceBusinessKey(code)
                .singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        assertThat(instance.getEndActivityId()).isEqualTo(endEvent);
    }

    private static List<String> steps(JsonNode dossier) {
        List<String> steps = new ArrayList<>();
        dossier.get("timeline").forEach(line -> steps.add(line.get("step").asText()));
        return steps;
    }

    private static List<String> actorsOf(JsonNode dossier, String step) {
        List<String> actors = new ArrayList<>();
        dossier.get("timeline").forEach(line -> {
            if (step.equals(line.get("step").asText())) {
                actors.add(line.get("actor").asText());
            }
        });
        return actors;
    }

    private static List<String> departmentsOf(JsonNode dossier, String step) {
        List<String> departments = new ArrayList<>();
        dossier.get("timeline").forEach(line -> {
            if (step.equals(line.get("step").asText())
                    && !line.get("department").isNull()) {
                departments.add(line.get("department").asText());
            }
        });
        return departments;
    }

    private static String lastNote(JsonNode dossier, String step) {
        String note = null;
        for (JsonNode line : dossier.get("timeline")) {
            if (step.equals(line.get("step").asText())) {
                note = line.get("note").asText();
            }
        }
        return note;
    }
}
