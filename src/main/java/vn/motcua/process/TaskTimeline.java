package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.Step;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.engine.ProcessVariables;
import vn.motcua.handling.TaskDefinition;
import vn.motcua.handling.TaskDefinitions;

/**
 * The timeline's lines of user tasks, written inside the engine's command, so also for a task completed in
 * Camunda's own Tasklist:
 * <ul>
 * <li>a task that opens moves the dossier to the task's department and writes the hand-over (the control sheet's
 * "who took it, when");</li>
 * <li>a task completed writes the task, the outcome and the comment, as the person completing it.</li>
 * </ul>
 * The dossier is the one whose code is the business key of the task's process instance; a task of a process without
 * one is not a dossier's.
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
        String dossierCode = task.getExecution().getProcessBusinessKey();
        if (dossierCode == null) {
            return;
        }
        TaskDefinition definition = definitions.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (definition.dynamicGroup()) {
            // The apology task goes to whoever holds the dossier: it does not move it.
            return;
        }
        lifecycle.arrivedAt(lifecycle.lockForStep(dossierCode), definition.department(), task.getName());
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    void onComplete(DelegateTask task) {
        String dossierCode = task.getExecution().getProcessBusinessKey();
        if (dossierCode == null) {
            return;
        }
        Object outcome = task.getExecution().getVariable(ProcessVariables.OUTCOME);
        Object comment = task.getExecution().getVariable(ProcessVariables.COMMENT);
        lifecycle.record(
                lifecycle.lockForStep(dossierCode),
                Step.TASK_COMPLETED,
                department(task),
                TaskCompletion.timelineNote(
                        task.getName(),
                        outcome == null ? null : outcome.toString(),
                        comment == null ? null : comment.toString()));
    }

    private String department(DelegateTask task) {
        TaskDefinition definition = definitions.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (!definition.dynamicGroup()) {
            return definition.department();
        }
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> definition.withGroup(link.getGroupId()).department())
                .findFirst()
                .orElse(null);
    }
}
