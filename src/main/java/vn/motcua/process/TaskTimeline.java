package vn.motcua.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
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
        long dossierId = lifecycle.lockForStep(dossierCode);
        // The model names a kind of department (or the desk); the dossier's own unit and chain say which one.
        String group = lifecycle.groupFor(dossierId, definition.candidateGroup(), agencyPosition(task));
        if (!group.equals(definition.candidateGroup())) {
            offerTo(task, definition.candidateGroup(), group);
        }
        lifecycle.arrivedAt(dossierId, definition.withGroup(group).department(), task.getName());
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

    /**
     * The position in the dossier's chain of the agency whose turn it is, inside the agency loop of
     * {@code HandleAcrossAgencies.bpmn} (its multi-instance counter, from 0); {@code null} elsewhere.
     */
    private static Integer agencyPosition(DelegateTask task) {
        Integer counter = DelegateVariables.integer(task, ProcessVariables.LOOP_COUNTER);
        return counter == null ? null : counter + 1;
    }

    /**
     * Offers a task being created to another group instead of the model's. The API's {@code deleteCandidateGroup}
     * looks the link up in the database, where the link of a task still being created is not yet: the link is removed
     * from the task's own list instead, and the engine then writes neither row for it.
     */
    private static void offerTo(DelegateTask task, String modelGroup, String group) {
        TaskEntity entity = (TaskEntity) task;
        for (IdentityLinkEntity link : List.copyOf(entity.getIdentityLinks())) {
            if (link.isGroup()
                    && modelGroup.equals(link.getGroupId())
                    && IdentityLinkType.CANDIDATE.equals(link.getType())) {
                link.delete();
                entity.getIdentityLinks().remove(link);
            }
        }
        task.addCandidateGroup(group);
    }

    /** The department of the group the task was actually offered to; {@code null} at the desk. */
    private String department(DelegateTask task) {
        TaskDefinition definition = definitions.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return definition.withGroup(link.getGroupId()).department();
            }
        }
        return null;
    }
}
