package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_OpenApology}: the apology falls to the department that holds the dossier now. */
@Component("openApology")
class OpenApology implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    OpenApology(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = lifecycle.lockForStep(execution.getProcessBusinessKey());
        execution.setVariable(ProcessVariables.APOLOGY_DEPARTMENT, lifecycle.apologyDue(dossierId));
    }
}
