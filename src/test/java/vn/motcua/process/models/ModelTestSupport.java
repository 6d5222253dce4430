package vn.motcua.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A BPMN model driven alone: a plain in-memory engine ({@code process-models/camunda.cfg.xml}: outside {@code vn/motcua}, where MyBatis reads every XML as a mapper), no Spring, every
 * delegate the models name ({@code camunda:delegateExpression="${issueReceipt}"}) a Mockito mock registered under
 * that bean name. The models name no task or execution listeners (the app's task listeners are Spring events,
 * {@code handling/TaskTimeline}), so there are none to mock. The delegates are only ever referred to by name here.
 */
abstract class ModelTestSupport {

    /** Every bean name a model's delegate expression refers to. */
    static final List<String> DELEGATES = List.of(
            // Dossier.bpmn
            "issueReceipt",
            "requestSupplement",
            "recordSupplement",
            "recordRefusal",
            "recordReturn",
            "openApology",
            "recordApology",
            "flagOverdue",
            "recordStop",
            // the handling models
            "markResultReady",
            "suspendForSupplement",
            "resumeHandling",
            "recordRejection",
            // HandleAcrossAgencies.bpmn
            "listAgencies");

    /** The message the desk correlates, by business key, when the citizen brings a supplement. */
    static final String SUPPLEMENT_ARRIVED = "SupplementArrived";

    /**
     * The engine of {@code process-models/camunda.cfg.xml}, built once and shared by all model tests. Each test
     * class registers its own extension ({@code @RegisterExtension static}): the extension drops its services after
     * its class's last test, so one instance cannot serve the next class.
     */
    static ProcessEngineExtension modelEngine() {
        return ProcessEngineExtension.builder()
                .configurationResource("process-models/camunda.cfg.xml")
                .build();
    }

    /** One delegate call as the delegate saw it. */
    record Call(String delegate, String activityId, String businessKey) {}

    private final Map<String, JavaDelegate> delegates = new LinkedHashMap<>();
    private final Map<String, Consumer<DelegateExecution>> sideEffects = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    /** The test class's engine, given by its {@link ProcessEngineExtension}. */
    ProcessEngine engine;

    @BeforeEach
    void mockDelegatesAndAssertOnThisEngine(ProcessEngine processEngine) throws Exception {
        engine = processEngine;
        BpmnAwareTests.init(processEngine);
        for (String name : DELEGATES) {
            JavaDelegate delegate = mock(JavaDelegate.class, name);
            doAnswer(invocation -> {
                        DelegateExecution execution = invocation.getArgument(0);
                        calls.add(new Call(name, execution.getCurrentActivityId(), execution.getProcessBusinessKey()));
                        sideEffects.getOrDefault(name, e -> {}).accept(execution);
                        return null;
                    })
                    .when(delegate)
                    .execute(any());
            delegates.put(name, delegate);
            Mocks.register(name, delegate);
        }
    }

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /** The mock registered under a delegate's bean name, for {@code verify(delegate("issueReceipt")).execute(any())}. */
    JavaDelegate delegate(String beanName) {
        JavaDelegate delegate = delegates.get(beanName);
        assertThat(delegate).as("a delegate the models name: " + beanName).isNotNull();
        return delegate;
    }

    /** What the real delegate does to the process that the model relies on (a variable it sets), done by the mock. */
    void whenCalled(String beanName, Consumer<DelegateExecution> sideEffect) {
        delegate(beanName);
        sideEffects.put(beanName, sideEffect);
    }

    /** The delegates called so far, in order, by bean name. */
    List<String> delegateCalls() {
        return calls.stream().map(Call::delegate).toList();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Exactly these delegates were called, in this order, and no other. */
    void assertDelegateCalls(String... beanNames) {
        assertThat(delegateCalls()).as("delegates called, in order").containsExactly(beanNames);
    }

    ProcessInstance start(String processKey, String businessKey, VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
    }

    /**
     * A dossier accepted at the counter and received (Dossier.bpmn): the mocked receipt sets what the real one does
     * for the call activity, the handling model's key and due instants far ahead, so no timer fires.
     */
    ProcessInstance acceptedAtTheDesk(String code, String handlingProcessKey) {
        whenCalled("issueReceipt", execution -> {
            execution.setVariable("handlingProcessKey", Variables.stringValue(handlingProcessKey, true));
            execution.setVariable("dossierDueAt", Variables.stringValue("2099-12-31T10:00:00Z", true));
            execution.setVariable("apologyDueAt", Variables.stringValue("2099-12-30T10:00:00Z", true));
        });
        whenCalled("markResultReady", execution -> execution.setVariable("handlingOutcome", "RESULT_READY"));
        whenCalled("recordRejection", execution -> execution.setVariable("handlingOutcome", "REJECTED"));
        return start(
                "Dossier", code, outcome("ACCEPT").putValueTyped("checkedAtDesk", Variables.booleanValue(true, true)));
    }

    /** The handling process the dossier's call activity started, checked to be the template's. */
    ProcessInstance calledHandling(ProcessInstance dossier, String processKey) {
        ProcessInstance handling = BpmnAwareTests.calledProcessInstance(dossier);
        BpmnAwareTests.assertThat(handling)
                .hasProcessDefinitionKey(processKey)
                .hasBusinessKey(dossier.getBusinessKey());
        return handling;
    }

    /** The desk hands the result back: the dossier's last task. */
    void handBackResult(ProcessInstance dossier) {
        complete(openTask(dossier, "Task_ReturnResult"), "RETURNED");
    }

    /** The single open user task of a process instance, checked to be the expected one. */
    Task openTask(ProcessInstance instance, String taskDefinitionKey) {
        BpmnAwareTests.assertThat(instance).isWaitingAt(taskDefinitionKey);
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
        return task;
    }

    /** Completes a task with its outcome as the app does: a transient variable the next gateway reads. */
    void complete(Task task, String outcome) {
        engine.getTaskService().complete(task.getId(), outcome(outcome));
    }

    /** The app's completion variables: the outcome is transient, read by the gateway in the completion's transaction. */
    static VariableMap outcome(String outcome) {
        return Variables.createVariables().putValueTyped("outcome", Variables.stringValue(outcome, true));
    }

    /** The citizen's supplement arrives: the desk correlates the message by the dossier's code. */
    void supplementArrives(String businessKey) {
        engine.getRuntimeService()
                .createMessageCorrelation(SUPPLEMENT_ARRIVED)
                .processInstanceBusinessKey(businessKey)
                .correlate();
    }

    /** Checks the task's candidate groups (exactly these) and the outcomes its model offers (exactly these, in order). */
    void assertTask(Task task, List<String> candidateGroups, String... outcomes) {
        List<String> groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
        assertThat(groups)
                .as("candidate groups of " + task.getTaskDefinitionKey())
                .containsExactlyInAnyOrderElementsOf(candidateGroups);
        assertThat(task.getAssignee())
                .as("assignee of " + task.getTaskDefinitionKey())
                .isNull();
        assertThat(outcomesOf(task))
                .as("outcomes of " + task.getTaskDefinitionKey())
                .containsExactly(outcomes);
    }

    void assertTask(Task task, String candidateGroup, String... outcomes) {
        assertTask(task, List.of(candidateGroup), outcomes);
    }

    /** The outcomes a user task offers: its {@code camunda:property name="outcomes"}, as the tasks API reads it. */
    List<String> outcomesOf(Task task) {
        UserTask userTask = engine.getRepositoryService()
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (userTask.getExtensionElements() == null) {
            return List.of();
        }
        return userTask.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "outcomes".equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .toList();
    }
}
