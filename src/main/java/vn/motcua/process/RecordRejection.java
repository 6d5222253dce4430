package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_RecordRejection} (handling models): the dossier does not meet the conditions. */
@Component("recordRejection")
class RecordRejection implements JavaDelegate {

    static final String REJECTED = "REJECTED";

    private final DossierLifecycle lifecycle;

    RecordRejection(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.reject(
                lifecycle.lockForStep(execution.getProcessBusinessKey()),
                DelegateVariables.text(execution, ProcessVariables.REASON));
        execution.setVariable(ProcessVariables.HANDLING_OUTCOME, REJECTED);
    }
}
