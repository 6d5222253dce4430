package vn.motcua.handling;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.ProcessVariables;

/**
 * Every user task that opens moves the dossier to the task's department and writes the hand-over on the
 * timeline (the control sheet's "who took it, when"). Runs inside the engine's transaction.
 */
@Component
class TaskArrival {

    private final TaskDefinitions definitions;
    private final DossierLifecycle lifecycle;

    TaskArrival(TaskDefinitions definitions, DossierLifecycle lifecycle) {
        this.definitions = definitions;
        this.lifecycle = lifecycle;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onCreate(DelegateTask task) {
        Object dossierId = task.getVariable(ProcessVariables.DOSSIER_ID);
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
}
