package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Deadline;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/**
 * {@code Task_IssueReceipt}: the dossier is received and the appointment fixed; the call activity that follows reads
 * which handling process to call, and its timers the due instant.
 */
@Component("issueReceipt")
class IssueReceipt implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    IssueReceipt(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = lifecycle.lockForStep(execution.getProcessBusinessKey());
        Deadline deadline = lifecycle.receive(dossierId);
        // Transient: read once, by the call activity and the boundary timers it creates next in this transaction;
        // stored, they were rows written and deleted per dossier that nothing read again.
        // A dossier started by an earlier version carries the key stored, and the engine refuses a transient over it.
        if (!execution.hasVariable(ProcessVariables.HANDLING_PROCESS_KEY)) {
            execution.setVariable(
                    ProcessVariables.HANDLING_PROCESS_KEY,
                    Variables.stringValue(lifecycle.handlingProcess(dossierId), true));
        }
        execution.setVariable(
                ProcessVariables.DOSSIER_DUE_AT,
                Variables.stringValue(deadline.dueAt().toString(), true));
        execution.setVariable(
                ProcessVariables.APOLOGY_DUE_AT,
                Variables.stringValue(deadline.apologyAt().toString(), true));
    }
}
