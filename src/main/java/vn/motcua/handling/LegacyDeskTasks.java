package vn.motcua.handling;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.security.Staff;

/**
 * Moves desk tasks opened before each unit had its own desk (candidate group {@code DESK}, one desk for all) to the
 * desk of the unit where the citizen was helped, once at start-up: after an upgrade every clerk sees his own unit's
 * checks and hand-backs, and no open task is lost.
 */
@Component
class LegacyDeskTasks {

    private static final Logger log = LoggerFactory.getLogger(LegacyDeskTasks.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final DossierQueries dossiers;
    private final TransactionTemplate inOneTransaction;

    LegacyDeskTasks(
            TaskService tasks,
            RuntimeService runtime,
            DossierQueries dossiers,
            PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.dossiers = dossiers;
        this.inOneTransaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void moveToUnitDesks() {
        int moved = 0;
        for (Task task :
                tasks.createTaskQuery().taskCandidateGroup(Staff.DESK_GROUP).list()) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            if (instance == null || instance.getBusinessKey() == null) {
                continue;
            }
            Dossier dossier = dossiers.find(instance.getBusinessKey());
            String unit = dossier.helpedUnitCode() == null ? dossier.unitCode() : dossier.helpedUnitCode();
            inOneTransaction.executeWithoutResult(status -> {
                tasks.deleteCandidateGroup(task.getId(), Staff.DESK_GROUP);
                tasks.addCandidateGroup(task.getId(), Staff.deskGroup(unit));
            });
            moved++;
        }
        if (moved > 0) {
            log.info("{} desk task(s) moved to their unit's desk", moved);
        }
    }
}
