package vn.motcua.deadline;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The apology and overdue timers of a dossier's process ({@code BoundaryEvent_ApologyDue},
 * {@code BoundaryEvent_DossierOverdue}). While a dossier waits for the citizen's supplement no time limit runs,
 * so they are parked where they cannot fire; when the supplement arrives the limit counts afresh and they are
 * moved to the new instants. (Moving them, rather than suspending the jobs, keeps it to one kind of update per job
 * inside the engine's command: suspension is a bulk update that clashes with the job the command already holds.)
 */
@Component
public class DeadlineTimers {

    public static final String APOLOGY_TIMER = "BoundaryEvent_ApologyDue";
    static final String OVERDUE_TIMER = "BoundaryEvent_DossierOverdue";
    /** No clock runs while the citizen completes the dossier: a due date no timer reaches. */
    static final Instant PARKED = Instant.parse("9999-12-31T00:00:00Z");

    private final ManagementService management;

    DeadlineTimers(ManagementService management) {
        this.management = management;
    }

    public void pause(String dossierProcessInstanceId) {
        move(job(dossierProcessInstanceId, APOLOGY_TIMER), PARKED);
        move(job(dossierProcessInstanceId, OVERDUE_TIMER), PARKED);
    }

    public void reschedule(String dossierProcessInstanceId, Deadline deadline) {
        move(job(dossierProcessInstanceId, APOLOGY_TIMER), deadline.apologyAt());
        move(job(dossierProcessInstanceId, OVERDUE_TIMER), deadline.dueAt());
    }

    private void move(Job job, Instant at) {
        if (job != null) {
            management.setJobDuedate(job.getId(), Date.from(at));
        }
    }

    private Job job(String processInstanceId, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .singleResult();
    }
}
