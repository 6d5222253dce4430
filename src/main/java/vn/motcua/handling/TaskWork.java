package vn.motcua.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.dossier.DossierLifecycle;
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
    private final OpenTaskMapper openTasks;
    private final HistoryService history;
    private final TaskDefinitions definitions;
    private final DossierLifecycle lifecycle;
    private final Clock clock;

    TaskWork(TaskService tasks, OpenTaskMapper openTasks, HistoryService history, TaskDefinitions definitions,
            DossierLifecycle lifecycle, Clock clock) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.history = history;
        this.definitions = definitions;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The open tasks of the caller's candidate groups, claimed or not, the most urgent dossier first. */
    @Transactional(readOnly = true)
    public List<TaskView> visibleTo(Staff staff) {
        return visibleTo(staff, null);
    }

    /** As {@link #visibleTo(Staff)}, of one dossier only when its code is given. */
    @Transactional(readOnly = true)
    public List<TaskView> visibleTo(Staff staff, String dossierCode) {
        List<String> groups = staff.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        // A task offered to two of the caller's groups comes once.
        Map<String, OpenTaskMapper.OpenTask> open = new LinkedHashMap<>();
        openTasks.offeredTo(groups, dossierCode, MAX_TASKS).forEach(task -> open.putIfAbsent(task.id(), task));
        Instant now = clock.instant();
        return open.values().stream()
                .map(task -> view(task, now))
                .sorted(Comparator.comparing(TaskView::dossierDueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Transactional
    public void claim(String taskId, Staff staff) {
        OpenTaskMapper.OpenTask task = workable(taskId, staff);
        if (staff.username().equals(task.assignee())) {
            return;
        }
        long dossierId = lifecycle.lockForStep(task.dossierCode());
        tasks.claim(taskId, staff.username());
        lifecycle.record(dossierId, Step.CLAIMED, definition(task).department(), task.name());
    }

    @Transactional
    public void unclaim(String taskId, Staff staff) {
        OpenTaskMapper.OpenTask task = workable(taskId, staff);
        if (task.assignee() == null) {
            return;
        }
        if (!staff.username().equals(task.assignee())) {
            throw new ConflictException("Task is held by " + task.assignee());
        }
        long dossierId = lifecycle.lockForStep(task.dossierCode());
        tasks.setAssignee(taskId, null);
        lifecycle.record(dossierId, Step.UNCLAIMED, definition(task).department(), task.name());
    }

    /**
     * Completes a task with one of the outcomes its model allows. The engine then runs on to the next wait state
     * in this same transaction; if anything on the way fails, nothing of the completion remains.
     *
     * <p>The dossier's row lock is taken before the engine reads the task: two people completing one task (or a
     * completion and a timer on one dossier) then queue there, and the second finds the task gone (409) instead of
     * racing the first through the engine with what it read before the first committed.
     */
    @Transactional
    public void complete(String taskId, TaskCompletion completion, Staff staff) {
        OpenTaskMapper.OpenTask task = workable(taskId, staff);
        if (task.assignee() != null && !staff.username().equals(task.assignee())) {
            throw new ConflictException("Task is held by " + task.assignee());
        }
        OutcomeRules.check(definition(task), completion);
        lifecycle.lockForStep(task.dossierCode());
        try {
            // The timeline's line is written by TaskTimeline, inside the engine's completion.
            tasks.complete(task.id(), variables(completion));
        } catch (NullValueException completedMeanwhile) {
            throw new ConflictException("Task " + task.id() + " was completed by someone else", completedMeanwhile);
        }
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

    private OpenTaskMapper.OpenTask workable(String taskId, Staff staff) {
        OpenTaskMapper.OpenTask task = openTasks.find(taskId);
        if (task == null) {
            boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            if (existed) {
                throw new ConflictException("Task " + taskId + " is already completed");
            }
            throw new NotFoundException("Unknown task " + taskId);
        }
        if (!staff.candidateGroups().contains(task.candidateGroup())) {
            throw new AccessDeniedException("This task belongs to another department or role");
        }
        return task;
    }

    /** The model's definition of the task, with the group it was actually offered to (the apology's is dynamic). */
    private TaskDefinition definition(OpenTaskMapper.OpenTask task) {
        return definitions.of(task.processDefinitionId(), task.taskKey()).withGroup(task.candidateGroup());
    }

    private TaskView view(OpenTaskMapper.OpenTask task, Instant now) {
        TaskDefinition definition = definition(task);
        boolean hasDossier = task.dossierStatus() != null;
        return new TaskView(task.id(), task.taskKey(), task.name(),
                hasDossier ? task.dossierCode() : null, task.procedureCode(),
                definition.department(), task.assignee(), offset(task.createdAt()),
                task.dossierDueAt() == null ? null : offset(task.dossierDueAt()),
                task.dossierOverdue(now), definition.outcomes());
    }

    private OffsetDateTime offset(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static VariableMap variables(TaskCompletion completion) {
        VariableMap variables = Variables.createVariables();
        transientText(variables, ProcessVariables.OUTCOME, completion.outcome());
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
