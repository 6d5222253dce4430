package vn.motcua.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.ProcessVariables;

/** {@code Task_SuspendForSupplement} (handling models): the handler asked for a supplement; the dossier waits. */
@Component("suspendForSupplement")
class SuspendForSupplement implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    SuspendForSupplement(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.suspend(DelegateVariables.dossierId(execution), DelegateVariables.text(execution, ProcessVariables.REASON),
                DelegateVariables.text(execution, ProcessVariables.MISSING_DOCUMENTS));
    }
}
