package vn.motcua.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/**
 * {@code Task_ListAgencies} ({@code HandleAcrossAgencies.bpmn}): how many agencies of the dossier's chain, as
 * registered, work it in turn; the agency loop runs once for each.
 */
@Component("listAgencies")
class ListAgencies implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    ListAgencies(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dossierId = lifecycle.lockForStep(execution.getProcessBusinessKey());
        execution.setVariable(ProcessVariables.AGENCY_COUNT, lifecycle.agencyCount(dossierId));
    }
}
