package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;

/** {@code Task_RecordSupplement}: what the desk asked for arrived; the completeness check starts again. */
@Component("recordSupplement")
class RecordSupplement implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    RecordSupplement(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.supplementArrivedAtDesk(lifecycle.lockForStep(execution.getProcessBusinessKey()));
    }
}
