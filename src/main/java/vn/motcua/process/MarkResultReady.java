package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_MarkResultReady} (handling models): the signed result is sent to the desk. */
@Component("markResultReady")
class MarkResultReady implements JavaDelegate {

    static final String RESULT_READY = "RESULT_READY";

    private final DossierLifecycle lifecycle;

    MarkResultReady(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.resultReady(lifecycle.lockForStep(execution.getProcessBusinessKey()));
        execution.setVariable(ProcessVariables.HANDLING_OUTCOME, RESULT_READY);
    }
}
