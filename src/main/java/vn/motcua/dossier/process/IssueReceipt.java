package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Deadline;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.ProcessVariables;

/** {@code Task_IssueReceipt}: the dossier is received and the appointment fixed; timers read the due instant. */
@Component("issueReceipt")
class IssueReceipt implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    IssueReceipt(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline deadline = lifecycle.receive(DelegateVariables.dossierId(execution));
        DelegateExecution dossierProcess = execution;
        dossierProcess.setVariable(ProcessVariables.DOSSIER_DUE_AT, deadline.dueAt().toString());
        dossierProcess.setVariable(ProcessVariables.APOLOGY_DUE_AT, deadline.apologyAt().toString());
    }
}
