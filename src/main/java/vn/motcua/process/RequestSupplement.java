package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_RequestSupplement}: the desk's request for supplement (Mẫu 02), before receipt. */
@Component("requestSupplement")
class RequestSupplement implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    RequestSupplement(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.requestSupplementAtDesk(
                lifecycle.lockForStep(execution.getProcessBusinessKey()),
                DelegateVariables.text(execution, ProcessVariables.REASON),
                DelegateVariables.text(execution, ProcessVariables.MISSING_DOCUMENTS));
    }
}
