package vn.motcua.handling;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.ProcessVariables;
import vn.motcua.dossier.Step;

/**
 * The timeline's lines of user tasks, written inside the engine's command, so also for a task completed in
 * Camunda's own Tasklist:
 * <ul>
 * <li>a task that opens moves the dossier to the task's department and writes the hand-over (the control sheet's
 * "who took it, when");</li>
 * <li>a task completed writes the task, the outcome and the comment, as the person completing it.</li>
 * </ul>
 * The dossier's id is read from the task's execution, whose variables the engine has already loaded: a task has
 * no variables of its own here, and asking the task would look for them in the database first.
 */
@Component
class TaskTimeline {

    private final TaskDefinitions definitions;
    private final DossierLifecycle lifecycle;

    TaskTimeline(TaskDefinitions definitions, DossierLifecycle lifecycle) {
        this.definitions = definitions;
        this.lifecycle = lifecycle;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onCreate(DelegateTask task) {
        Object dossierId = task.getExecution().getVariable(ProcessVariables.DOSSIER_ID);
        if (dossierId == null) {
            return;
        }
        TaskDefinition definition = definitions.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (definition.dynamicGroup()) {
            // The apology task goes to whoever holds the dossier: it does not move it.
            return;
        }
        lifecycle.arrivedAt(((Number) dossierId).longValue(), definition.department(), task.getName());
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    void onComplete(DelegateTask task) {
        Object dossierId = task.getExecution().getVariable(ProcessVariables.DOSSIER_ID);
        if (dossierId == null) {
            return;
        }
        Object outcome = task.getExecution().getVariable(ProcessVariables.OUTCOME);
        Object comment = task.getExecution().getVariable(ProcessVariables.COMMENT);
        lifecycle.record(((Number) dossierId).longValue(), Step.TASK_COMPLETED, department(task),
                TaskWork.note(task.getName(), outcome == null ? null : outcome.toString(), comment == null ? null : comment.toString()));
    }

    private String department(DelegateTask task) {
        TaskDefinition definition = definitions.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (!definition.dynamicGroup()) {
            return definition.department();
        }
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> definition.withGroup(link.getGroupId()).department())
                .findFirst().orElse(null);
    }
}
