package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.ProcessVariables;

/** {@code Task_ResumeHandling} (handling models): the supplement is in; the time limit counts afresh. */
@Component("resumeHandling")
class ResumeHandling implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    ResumeHandling(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.DOSSIER_DUE_AT,
                lifecycle.resume(DelegateVariables.dossierId(execution)).toString());
    }
}
