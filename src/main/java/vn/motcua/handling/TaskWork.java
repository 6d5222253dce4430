package vn.motcua.handling;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.dossier.Step;
import vn.motcua.security.Staff;

/**
 * The work on user tasks: who may see, claim and complete which task, and what a completion must carry. A
 * handler works only the tasks of his own departments; the model's candidate group says whose a task is.
 */
@Service
public class TaskWork {

    private static final int MAX_TASKS = 500;
    /** The name of {@code Task_CheckCompleteness} in Dossier.bpmn, which the timeline gives a check made at the desk. */
    static final String DESK_CHECK_NAME = "Kiểm tra tính đầy đủ của hồ sơ";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskDefinitions definitions;
    private final DossierQueries dossiers;
    private final DossierLifecycle lifecycle;
    private final Clock clock;

    TaskWork(TaskService tasks, RuntimeService runtime, HistoryService history, TaskDefinitions definitions,
            DossierQueries dossiers, DossierLifecycle lifecycle, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.definitions = definitions;
        this.dossiers = dossiers;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The open tasks of the caller's candidate groups, claimed or not, the most urgent dossier first. */
    @Transactional(readOnly = true)
    public List<TaskView> visibleTo(Staff staff) {
        List<String> groups = staff.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                .orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
        Map<String, String> codes = businessKeys(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, Dossier> byCode = dossiers.byCodes(codes.values());
        return open.stream()
                .map(task -> view(task, byCode.get(codes.get(task.getProcessInstanceId()))))
                .sorted(Comparator.comparing(TaskView::dossierDueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Transactional
    public void claim(String taskId, Staff staff) {
        Task task = workable(taskId, staff);
        if (staff.username().equals(task.getAssignee())) {
            return;
        }
        tasks.claim(taskId, staff.username());
        lifecycle.record(dossierId(task), Step.CLAIMED, definition(task).department(), task.getName());
    }

    @Transactional
    public void unclaim(String taskId, Staff staff) {
        Task task = workable(taskId, staff);
        if (task.getAssignee() == null) {
            return;
        }
        if (!staff.username().equals(task.getAssignee())) {
            throw new ConflictException("Task is held by " + task.getAssignee());
        }
        tasks.setAssignee(taskId, null);
        lifecycle.record(dossierId(task), Step.UNCLAIMED, definition(task).department(), task.getName());
    }

    /**
     * Completes a task with one of the outcomes its model allows. The engine then runs on to the next wait state
     * in this same transaction; if anything on the way fails, nothing of the completion remains.
     */
    @Transactional
    public void complete(String taskId, TaskCompletion completion, Staff staff) {
        Task task = workable(taskId, staff);
        if (task.getAssignee() != null && !staff.username().equals(task.getAssignee())) {
            throw new ConflictException("Task is held by " + task.getAssignee());
        }
        completeChecked(task, completion);
    }

    /**
     * The desk's completeness check made at the counter, carried by the intake request (api.md, the DIRECT desk
     * path). No task is opened for a check that is already done: the decision is checked as a completion of
     * {@code Task_CheckCompleteness} would be and written on the timeline, and the caller starts the process with
     * {@link #deskDecision} so that it routes past the check.
     */
    @Transactional
    public void checkedAtDesk(long dossierId, TaskCompletion completion) {
        OutcomeRules.checkFields(completion);
        lifecycle.record(dossierId, Step.TASK_COMPLETED, null, note(DESK_CHECK_NAME, completion.outcome(), completion.comment()));
    }

    /** The process variables of a check made at the desk: the outcome the gateway routes on, and its texts. */
    public static VariableMap deskDecision(TaskCompletion completion) {
        return variables(completion);
    }

    /** The timeline's line is written by {@link TaskTimeline}, inside the engine's completion. */
    private void completeChecked(Task task, TaskCompletion completion) {
        OutcomeRules.check(definition(task), completion);
        try {
            tasks.complete(task.getId(), variables(completion));
        } catch (NullValueException completedMeanwhile) {
            throw new ConflictException("Task " + task.getId() + " was completed by someone else", completedMeanwhile);
        }
    }

    private Task workable(String taskId, Staff staff) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            if (existed) {
                throw new ConflictException("Task " + taskId + " is already completed");
            }
            throw new NotFoundException("Unknown task " + taskId);
        }
        if (!staff.candidateGroups().contains(definition(task).candidateGroup())) {
            throw new AccessDeniedException("This task belongs to another department or role");
        }
        return task;
    }

    private TaskDefinition definition(Task task) {
        TaskDefinition definition = definitions.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (!definition.dynamicGroup()) {
            return definition;
        }
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
        return definition.withGroup(group);
    }

    private long dossierId(Task task) {
        return ((Number) tasks.getVariable(task.getId(), ProcessVariables.DOSSIER_ID)).longValue();
    }

    private TaskView view(Task task, Dossier dossier) {
        TaskDefinition definition = definition(task);
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                dossier == null ? null : dossier.code(), dossier == null ? null : dossier.procedureCode(),
                definition.department(), task.getAssignee(), offset(task.getCreateTime().toInstant()),
                dossier == null || dossier.dueAt() == null ? null : offset(dossier.dueAt()),
                dossier != null && dossier.isOverdue(clock), definition.outcomes());
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private OffsetDateTime offset(java.time.Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static VariableMap variables(TaskCompletion completion) {
        VariableMap variables = Variables.createVariables().putValue(ProcessVariables.OUTCOME, completion.outcome());
        transientText(variables, ProcessVariables.REASON, completion.reason());
        transientText(variables, ProcessVariables.COMMENT, completion.comment());
        transientText(variables, ProcessVariables.RECEIVED_BY, completion.receivedBy());
        transientText(variables, ProcessVariables.MISSING_DOCUMENTS,
                completion.missingDocuments() == null ? null : String.join("; ", completion.missingDocuments()));
        variables.putValueTyped(ProcessVariables.SATISFACTION, Variables.integerValue(completion.satisfaction(), true));
        transientText(variables, ProcessVariables.NEW_DUE_AT,
                completion.newDueAt() == null ? null : completion.newDueAt().toString());
        return variables;
    }

    private static void transientText(VariableMap variables, String name, String value) {
        variables.putValueTyped(name, Variables.stringValue(value, true));
    }

    /** A completion's line on the timeline: the task, its outcome, and the comment if there is one. */
    static String note(String taskName, String outcome, String comment) {
        StringBuilder note = new StringBuilder(taskName).append(": ").append(outcome);
        if (comment != null && !comment.isBlank()) {
            note.append(" — ").append(comment);
        }
        return note.toString();
    }

    /** Checks a completion against its task's outcomes and {@link OutcomeFields}. */
    static final class OutcomeRules {

        private OutcomeRules() {}

        static void check(TaskDefinition definition, TaskCompletion completion) {
            if (!definition.outcomes().contains(completion.outcome())) {
                throw new InvalidFieldException("outcome", "must be one of " + definition.outcomes());
            }
            checkFields(completion);
        }

        static void checkFields(TaskCompletion completion) {
            for (String field : OutcomeFields.required(completion.outcome())) {
                if (missing(field, completion)) {
                    throw new InvalidFieldException(field, "is required for " + completion.outcome());
                }
            }
        }

        private static boolean missing(String field, TaskCompletion completion) {
            return switch (field) {
                case "reason" -> isBlank(completion.reason());
                case "missingDocuments" -> completion.missingDocuments() == null || completion.missingDocuments().isEmpty();
                case "newDueAt" -> completion.newDueAt() == null;
                case "receivedBy" -> isBlank(completion.receivedBy());
                default -> throw new IllegalStateException("No check for field " + field);
            };
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
