package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_RecordReturn}: the result was handed to the citizen, with the rating if one was given. */
@Component("recordReturn")
class RecordReturn implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    RecordReturn(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.returnResult(
                lifecycle.lockForStep(execution.getProcessBusinessKey()),
                DelegateVariables.text(execution, ProcessVariables.RECEIVED_BY),
                DelegateVariables.integer(execution, ProcessVariables.SATISFACTION));
    }
}
