package vn.motcua.web;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What the administrator checks first each morning: open incidents and jobs that ran out of retries (a timer or step
 * that failed and will not be tried again until someone looks in Cockpit), and how many dossiers are in the engine.
 */
@Component
class EngineHealth {

    /** The counts, read together. */
    record Counts(long incidents, long failedJobs, long runningDossiers) {

        public boolean healthy() {
            return incidents == 0 && failedJobs == 0;
        }
    }

    private final RuntimeService runtime;
    private final ManagementService management;

    EngineHealth(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    Counts now() {
        return new Counts(
                runtime.createIncidentQuery().count(),
                management.createJobQuery().withException().noRetriesLeft().count(),
                runtime.createProcessInstanceQuery()
                        .processDefinitionKey("Dossier")
                        .active()
                        .count());
    }
}
