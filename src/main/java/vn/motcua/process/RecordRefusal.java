package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_RecordRefusal}: the refusal (Mẫu 03) with its reason. */
@Component("recordRefusal")
class RecordRefusal implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    RecordRefusal(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.refuse(
                lifecycle.lockForStep(execution.getProcessBusinessKey()),
                DelegateVariables.text(execution, ProcessVariables.REASON));
    }
}
