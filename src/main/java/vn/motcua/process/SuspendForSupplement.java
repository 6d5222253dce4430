package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.DeadlineTimers;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_SuspendForSupplement} (handling models): the handler asked for a supplement; the dossier waits,
 * and so do its apology and overdue timers: no time limit runs while the citizen completes the dossier. */
@Component("suspendForSupplement")
class SuspendForSupplement implements JavaDelegate {

    private final DossierLifecycle lifecycle;
    private final DeadlineTimers timers;

    SuspendForSupplement(DossierLifecycle lifecycle, DeadlineTimers timers) {
        this.lifecycle = lifecycle;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.suspend(
                lifecycle.lockForStep(execution.getProcessBusinessKey()),
                DelegateVariables.text(execution, ProcessVariables.REASON),
                DelegateVariables.text(execution, ProcessVariables.MISSING_DOCUMENTS));
        // The dossier's process calls the handling process; the step may run inside one of its subprocesses (the
        // agency loop of HandleAcrossAgencies), so the call is found from the handling's process instance.
        timers.pause(execution.getProcessInstance().getSuperExecution().getProcessInstanceId());
    }
}
