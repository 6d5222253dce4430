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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Step;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.engine.EngineTables;
import vn.motcua.engine.EngineTables.OpenTask;
import vn.motcua.security.Staff;

/**
 * The work on user tasks: who may see, claim and complete which task, and what a completion must carry. A
 * handler works only the tasks of his own departments; the model's candidate group says whose a task is.
 */
@Service
public class TaskWork {

    private static final int MAX_TASKS = 500;
    /** The desk's completeness check, whose acceptance receives the dossier. */
    private static final String CHECK_TASK = "Task_CheckCompleteness";

    private static final String ACCEPT = "ACCEPT";

    private final TaskService tasks;
    private final EngineTables engineTables;
    private final HistoryService history;
    private final TaskDefinitions definitions;
    private final DossierLifecycle lifecycle;
    private final VerificationWaitMapper waits;
    private final DossierQueries dossiers;
    private final Clock clock;

    TaskWork(
            TaskService tasks,
            EngineTables engineTables,
            HistoryService history,
            TaskDefinitions definitions,
            DossierLifecycle lifecycle,
            VerificationWaitMapper waits,
            DossierQueries dossiers,
            Clock clock) {
        this.tasks = tasks;
        this.engineTables = engineTables;
        this.history = history;
        this.definitions = definitions;
        this.lifecycle = lifecycle;
        this.waits = waits;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The open tasks of the caller's candidate groups, claimed or not, the most urgent dossier first. */
    @Transactional(readOnly = true)
    public List<TaskView> visibleTo(Staff staff) {
        return visibleTo(staff, null);
    }

    /** How many tasks offered to the caller nobody has taken yet, however many are open. */
    @Transactional(readOnly = true)
    public int unclaimedCount(Staff staff) {
        List<String> groups = staff.candidateGroups();
        return groups.isEmpty() ? 0 : engineTables.unclaimedTasksOfferedTo(groups);
    }

    /** As {@link #visibleTo(Staff)}, of one dossier only when its code is given. */
    @Transactional(readOnly = true)
    public List<TaskView> visibleTo(Staff staff, String dossierCode) {
        List<String> groups = staff.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        // A task offered to two of the caller's groups comes once.
        Map<String, OpenTask> open = new LinkedHashMap<>();
        engineTables
                .openTasksOfferedTo(groups, dossierCode, MAX_TASKS)
                .forEach(task -> open.putIfAbsent(task.id(), task));
        Instant now = clock.instant();
        return open.values().stream()
                .map(task -> view(task, now))
                .sorted(Comparator.comparing(TaskView::dossierDueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Transactional
    public void claim(String taskId, Staff staff) {
        OpenTask task = workable(taskId, staff);
        if (staff.username().equals(task.assignee())) {
            return;
        }
        long dossierId = lifecycle.lockForStep(task.dossierCode());
        tasks.claim(taskId, staff.username());
        lifecycle.record(dossierId, Step.CLAIMED, definition(task).department(), task.name());
    }

    @Transactional
    public void unclaim(String taskId, Staff staff) {
        OpenTask task = workable(taskId, staff);
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
        OpenTask task = workable(taskId, staff);
        if (task.assignee() != null && !staff.username().equals(task.assignee())) {
            throw new ConflictException("Task is held by " + task.assignee());
        }
        if (!definition(task).outcomes().contains(completion.outcome())) {
            throw new InvalidFieldException(
                    "outcome", "must be one of " + definition(task).outcomes());
        }
        completion.checkRequiredFields();
        long dossierId = lifecycle.lockForStep(task.dossierCode());
        if (CHECK_TASK.equals(task.taskKey()) && ACCEPT.equals(completion.outcome())) {
            lifecycle.paymentAtCheck(dossierId, completion.paymentMethod());
        }
        // Whatever the task waited for, its handler has gone on.
        waits.end(task.id(), clock.instant());
        try {
            // The timeline's line is written by TaskTimeline, inside the engine's completion.
            tasks.complete(task.id(), completion.variables());
        } catch (NullValueException completedMeanwhile) {
            throw new ConflictException("Task " + task.id() + " was completed by someone else", completedMeanwhile);
        }
    }

    /**
     * Records that the task waits for an answer from outside the department until about {@code wait.expectedBy()}
     * (chờ xác minh), on the timeline and for the lateness forecast. The dossier stays in handling and its time limit
     * keeps running: only a supplement request stops the clock.
     */
    @Transactional
    public void awaitVerification(String taskId, VerificationWait wait, Staff staff) {
        OpenTask task = workable(taskId, staff);
        if (task.assignee() != null && !staff.username().equals(task.assignee())) {
            throw new ConflictException("Task is held by " + task.assignee());
        }
        Instant now = clock.instant();
        Instant expectedBy = wait.expectedBy().toInstant();
        if (!expectedBy.isAfter(now)) {
            throw new InvalidFieldException("expectedBy", "must be in the future");
        }
        long dossierId = lifecycle.lockForStep(task.dossierCode());
        if (dossiers.byId(dossierId).status() != DossierStatus.PROCESSING) {
            throw new ConflictException("Only a dossier in handling can wait for a verification");
        }
        String department = definition(task).department();
        waits.insert(
                dossierId,
                department,
                task.id(),
                now,
                staff.username(),
                expectedBy,
                wait.reason().strip());
        lifecycle.record(
                dossierId,
                Step.VERIFICATION_AWAITED,
                department,
                wait.reason().strip() + " — Dự kiến có kết quả: " + offset(expectedBy));
    }

    private OpenTask workable(String taskId, Staff staff) {
        OpenTask task = engineTables.openTask(taskId);
        if (task == null) {
            boolean existed =
                    history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
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
    private TaskDefinition definition(OpenTask task) {
        return definitions.of(task.processDefinitionId(), task.taskKey()).withGroup(task.candidateGroup());
    }

    private TaskView view(OpenTask task, Instant now) {
        TaskDefinition definition = definition(task);
        boolean hasDossier = task.dossierStatus() != null;
        return new TaskView(
                task.id(),
                task.taskKey(),
                task.name(),
                hasDossier ? task.dossierCode() : null,
                task.procedureCode(),
                definition.department(),
                task.assignee(),
                offset(task.createdAt()),
                task.dossierDueAt() == null ? null : offset(task.dossierDueAt()),
                hasDossier
                        && Dossier.isOverdue(
                                task.dossierFlaggedOverdue(),
                                DossierStatus.valueOf(task.dossierStatus()),
                                task.dossierDueAt(),
                                now),
                definition.outcomes());
    }

    private OffsetDateTime offset(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
