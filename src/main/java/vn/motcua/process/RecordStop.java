package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/**
 * {@code Task_RecordStop}: the applicant asked to stop (withdraw) while no decision existed; the event subprocess
 * that runs it has ended every other path of the dossier, its handling and timers included (Decree 118/2025/NĐ-CP,
 * Art. 21: the stop notice, Mẫu 05, for dossiers received from 1 July 2025).
 */
@Component("recordStop")
class RecordStop implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    RecordStop(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.withdraw(
                lifecycle.lockForStep(execution.getProcessBusinessKey()),
                DelegateVariables.text(execution, ProcessVariables.REASON));
    }
}
