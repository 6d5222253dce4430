package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;

/** {@code Task_FlagOverdue}: the original due instant passed with the dossier still in handling. */
@Component("flagOverdue")
class FlagOverdue implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    FlagOverdue(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.overdue(lifecycle.lockForStep(execution.getProcessBusinessKey()));
    }
}
