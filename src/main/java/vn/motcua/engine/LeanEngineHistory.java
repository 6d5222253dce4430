package vn.motcua.engine;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.FORM_PROPERTY_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_ADD;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's history as a lean trace: which process ran for a dossier and how it ended, every task with when it
 * was created and ended (the timeline says who did it), incidents, every run of a job (and on which node), operations
 * by hand in cockpit, decisions. It leaves out what the dossier's own timeline already says, row by row, in every
 * step's transaction: an activity instance per flow node (an insert and an update each), a variable instance per
 * variable and a detail per write, the candidate groups of each task, and a log line when a timer is created or
 * cancelled (two per dossier, most of which never fire).
 *
 * <p>A history level, so that the engine does not even build the events it leaves out. Building a job's log line
 * costs two queries with the removal time counted from the start (its job definition, then a batch looked up by the
 * timer's configuration, which never finds one), and each left-out event its removal time and its object. The level
 * keeps the id of {@code full}, the id the database records: a database written at either level runs at the other
 * without a migration. Set {@code motcua.history.engine-trace=full} for the engine's whole history.
 */
@Component
@ConditionalOnProperty(name = "motcua.history.engine-trace", havingValue = "lean", matchIfMissing = true)
class LeanEngineHistory extends AbstractProcessEnginePlugin {

    static final HistoryLevel LEAN_TRACE = new LeanTraceLevel();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Registered after the built-in levels, so the engine picks it by name and still maps the id it finds in the
        // database to the built-in `full`.
        configuration.setCustomHistoryLevels(List.of(LEAN_TRACE));
        configuration.setHistoryLevel(LEAN_TRACE);
    }

    static final class LeanTraceLevel extends AbstractHistoryLevel {

        private static final Set<HistoryEventType> LEFT_OUT = Set.of(
                ACTIVITY_INSTANCE_START,
                ACTIVITY_INSTANCE_UPDATE,
                ACTIVITY_INSTANCE_MIGRATE,
                ACTIVITY_INSTANCE_END,
                VARIABLE_INSTANCE_CREATE,
                VARIABLE_INSTANCE_UPDATE,
                VARIABLE_INSTANCE_MIGRATE,
                VARIABLE_INSTANCE_DELETE,
                VARIABLE_INSTANCE_UPDATE_DETAIL,
                FORM_PROPERTY_UPDATE,
                IDENTITY_LINK_ADD,
                IDENTITY_LINK_DELETE,
                JOB_CREATE,
                JOB_DELETE);

        @Override
        public int getId() {
            return HistoryLevel.HISTORY_LEVEL_FULL.getId();
        }

        @Override
        public String getName() {
            return "lean-trace";
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !LEFT_OUT.contains(eventType);
        }
    }
}
