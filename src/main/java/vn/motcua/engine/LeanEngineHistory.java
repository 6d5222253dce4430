package vn.motcua.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's history as a lean trace: which process ran for a dossier and how it ended, every task with when it
 * was created and ended (the timeline says who did it), incidents, every run of a job (and on which node), operations by hand in cockpit, decisions. It
 * leaves out what the dossier's own timeline already says, row by row, in every step's transaction: an activity
 * instance per flow node (an insert and an update each), a variable instance per variable and a detail per write,
 * the candidate groups of each task, and a log line when a timer is created or cancelled (two per dossier, most of
 * which never fire).
 *
 * <p>A handler, not a history level: the engine refuses to start on a database recorded at another level, so a
 * custom level would be a migration for every office; the handler changes nothing stored. Set
 * {@code motcua.history.engine-trace=full} for the engine's whole history.
 */
@Component
@ConditionalOnProperty(name = "motcua.history.engine-trace", havingValue = "lean", matchIfMissing = true)
class LeanEngineHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(List.of(new LeanTraceHandler()));
    }

    /** The engine's own database handler, given only the events of the lean trace. */
    static final class LeanTraceHandler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (isKept(event)) {
                super.handleEvent(event);
            }
        }

        static boolean isKept(HistoryEvent event) {
            if (event instanceof HistoricJobLogEvent job) {
                return job.isSuccessLog() || job.isFailureLog();
            }
            return !(event instanceof HistoricActivityInstanceEventEntity
                    || event instanceof HistoricDetailEventEntity
                    || event instanceof HistoricIdentityLinkLogEventEntity);
        }
    }
}
