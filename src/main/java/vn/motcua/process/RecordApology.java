package vn.motcua.process;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.engine.ProcessVariables;

/** {@code Task_RecordApology}: the letter (Mẫu 04) and the new appointment. */
@Component("recordApology")
class RecordApology implements JavaDelegate {

    private final DossierLifecycle lifecycle;

    RecordApology(DossierLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String newDueAt = DelegateVariables.text(execution, ProcessVariables.NEW_DUE_AT);
        long dossierId = lifecycle.lockForStep(execution.getProcessBusinessKey());
        lifecycle.issueApology(
                dossierId,
                DelegateVariables.text(execution, ProcessVariables.REASON),
                newDueAt == null ? null : OffsetDateTime.parse(newDueAt).toInstant());
    }
}
