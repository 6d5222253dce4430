package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Deadline;
import vn.motcua.deadline.DeadlineTimers;
import vn.motcua.dossier.DossierLifecycle;

/** {@code Task_ResumeHandling} (handling models): the supplement is in; the time limit counts afresh, and so do the
 * apology and overdue timers of the dossier's process (the parent of this handling process). */
@Component("resumeHandling")
class ResumeHandling implements JavaDelegate {

    private final DossierLifecycle lifecycle;
    private final DeadlineTimers timers;

    ResumeHandling(DossierLifecycle lifecycle, DeadlineTimers timers) {
        this.lifecycle = lifecycle;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline deadline = lifecycle.resume(lifecycle.lockForStep(execution.getProcessBusinessKey()));
        // The dossier's process calls the handling process; the step may run inside one of its subprocesses (the
        // agency loop of HandleAcrossAgencies), so the call is found from the handling's process instance.
        timers.reschedule(execution.getProcessInstance().getSuperExecution().getProcessInstanceId(), deadline);
    }
}
