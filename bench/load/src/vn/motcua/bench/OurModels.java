package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import vn.motcua.dossier.DossierService;
import vn.motcua.engine.ProcessVariables;

/**
 * Our own models (processes/Dossier.bpmn and processes/HoKinhDoanh.bpmn, as the application deploys them) run on
 * a bare engine, with delegates that do only what the engine sees of ours: read the dossier's code (the business
 * key), set the variables the models read (the handling process to call and the due instants the timers wait for,
 * transient; the handling outcome). Everything else of Một Cửa is
 * left out: our tables, the timeline, the control sheet, the rollup, security. Measured against this, the ratio
 * is what Một Cửa adds to the engine's cost of the same process, call activity and timers included.
 */
final class OurModels {

    static final String HANDLING_PROCESS = "HoKinhDoanh";
    /** The outcomes our lifecycle completes its four tasks with (check, examination, signature, hand-back). */
    static final List<String> LIFECYCLE = List.of("ACCEPT", "PROPOSE_RESULT", "SIGN", "RETURNED");

    private OurModels() {}

    /** The delegates the two models name, by the bean names they name them with. */
    static Map<String, JavaDelegate> delegates() {
        JavaDelegate nothing = OurModels::readDossierCode;
        return Map.of(
                "issueReceipt", OurModels::issueReceipt,
                "markResultReady",
                        execution -> {
                            readDossierCode(execution);
                            execution.setVariable(ProcessVariables.HANDLING_OUTCOME, "RESULT_READY");
                        },
                "recordReturn", nothing,
                "recordRefusal", nothing,
                "recordRejection", execution -> execution.setVariable(ProcessVariables.HANDLING_OUTCOME, "REJECTED"),
                "requestSupplement", nothing,
                "recordSupplement", nothing,
                "flagOverdue", nothing,
                "openApology", execution -> execution.setVariable(ProcessVariables.APOLOGY_DEPARTMENT, "DESK"),
                "recordApology", nothing);
    }

    /** As ours: the dossier is the process instance's business key. */
    private static void readDossierCode(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() == null) {
            throw new IllegalStateException("no dossier code");
        }
    }

    /**
     * As ours: the handling process to call, the due instant and the apology point, as the timers' ISO dates; a week
     * ahead, never reached. All transient.
     */
    private static void issueReceipt(DelegateExecution execution) {
        readDossierCode(execution);
        execution.setVariable(ProcessVariables.HANDLING_PROCESS_KEY, Variables.stringValue(HANDLING_PROCESS, true));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        execution.setVariable(
                ProcessVariables.DOSSIER_DUE_AT,
                Variables.stringValue(now.plus(Duration.ofDays(7)).toString(), true));
        execution.setVariable(
                ProcessVariables.APOLOGY_DUE_AT,
                Variables.stringValue(now.plus(Duration.ofDays(6)).toString(), true));
    }

    /** Adds the two models, read from processes/ of the working directory (the repository root). */
    static DeploymentBuilder addTo(DeploymentBuilder deployment) throws IOException {
        for (String file : List.of("Dossier.bpmn", HANDLING_PROCESS + ".bpmn")) {
            deployment.addInputStream(file, new ByteArrayInputStream(Files.readAllBytes(Path.of("processes", file))));
        }
        return deployment;
    }

    static VariableMap startVariables(boolean checkedAtDesk) {
        VariableMap variables = Variables.createVariables()
                .putValueTyped(ProcessVariables.CHECKED_AT_DESK, Variables.booleanValue(checkedAtDesk, true));
        return checkedAtDesk
                ? variables.putValueTyped(ProcessVariables.OUTCOME, Variables.stringValue("ACCEPT", true))
                : variables;
    }

    /** The Java API in-process: start by key, find each task by the dossier's business key, complete it. */
    static final class InProcess {
        private final RuntimeService runtime;
        private final TaskService tasks;
        private final AtomicInteger keys = new AtomicInteger();

        InProcess(ProcessEngine engine) {
            this.runtime = engine.getRuntimeService();
            this.tasks = engine.getTaskService();
        }

        private String start(boolean checkedAtDesk) {
            int key = keys.incrementAndGet();
            String businessKey = "BARE-" + key;
            runtime.startProcessInstanceByKey(
                    DossierService.DOSSIER_PROCESS, businessKey, startVariables(checkedAtDesk));
            return businessKey;
        }

        private void complete(String businessKey, String outcome) {
            String task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .singleResult()
                    .getId();
            tasks.complete(
                    task,
                    Variables.createVariables()
                            .putValueTyped(ProcessVariables.OUTCOME, Variables.stringValue(outcome, true)));
        }

        /** Our intake accepted at the desk: the start runs past the check to the first handling task. */
        void deskIntake(int client, LongConsumer request) throws Exception {
            LoadBench.timed(request, () -> start(true));
        }

        void onlineIntake(int client, LongConsumer request) throws Exception {
            LoadBench.timed(request, () -> start(false));
        }

        void lifecycle(int client, LongConsumer request) throws Exception {
            String businessKey = LoadBench.timed(request, () -> start(false));
            for (String outcome : LIFECYCLE) {
                LoadBench.timed(request, () -> {
                    complete(businessKey, outcome);
                    return null;
                });
            }
        }
    }

    /** Camunda's own REST API: the same calls, a task found by the dossier's business key as our lists find it. */
    static final class Rest {
        private final BareCamundaRest.Client http;
        private final AtomicInteger keys = new AtomicInteger();

        Rest(BareCamundaRest.Client http) {
            this.http = http;
        }

        private String send(int client, String method, String path, String body, int expected) throws Exception {
            return http.send(client, method, path, body, expected);
        }

        private static String transientString(String name, String value) {
            return "\"" + name + "\":{\"value\":\"" + value
                    + "\",\"type\":\"String\",\"valueInfo\":{\"transient\":true}}";
        }

        private String start(int client, boolean checkedAtDesk) throws Exception {
            int key = keys.incrementAndGet();
            String businessKey = "BARE-" + key;
            String body = "{\"businessKey\":\"" + businessKey + "\",\"variables\":{"
                    + "\"" + ProcessVariables.CHECKED_AT_DESK + "\":{\"value\":" + checkedAtDesk
                    + ",\"type\":\"Boolean\",\"valueInfo\":{\"transient\":true}}"
                    + (checkedAtDesk ? "," + transientString(ProcessVariables.OUTCOME, "ACCEPT") : "") + "}}";
            send(client, "POST", "/process-definition/key/" + DossierService.DOSSIER_PROCESS + "/start", body, 200);
            return businessKey;
        }

        private void complete(int client, LongConsumer request, String businessKey, String outcome) throws Exception {
            JsonNode found = LoadBench.timed(
                    request,
                    () -> LoadBench.JSON.readTree(
                            send(client, "GET", "/task?processInstanceBusinessKey=" + businessKey, null, 200)));
            String task = found.get(0).get("id").asText();
            LoadBench.timed(
                    request,
                    () -> send(
                            client,
                            "POST",
                            "/task/" + task + "/complete",
                            "{\"variables\":{" + transientString(ProcessVariables.OUTCOME, outcome) + "}}",
                            204));
        }

        void deskIntake(int client, LongConsumer request) throws Exception {
            LoadBench.timed(request, () -> start(client, true));
        }

        void onlineIntake(int client, LongConsumer request) throws Exception {
            LoadBench.timed(request, () -> start(client, false));
        }

        void lifecycle(int client, LongConsumer request) throws Exception {
            String businessKey = LoadBench.timed(request, () -> start(client, false));
            for (String outcome : LIFECYCLE) {
                complete(client, request, businessKey, outcome);
            }
        }
    }
}
