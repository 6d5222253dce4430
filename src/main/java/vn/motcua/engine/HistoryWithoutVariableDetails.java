package vn.motcua.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's history stays at level {@code full} (activities, tasks, variables, incidents, jobs, identity links),
 * but without {@code ACT_HI_DETAIL}: one row for every value ever given to a variable, about a quarter of the history
 * rows a dossier writes (8,400 of 36,000 in a load bench run). Our variables are ids and small flags, their last
 * value stays in {@code ACT_HI_VARINST}, and the dossier's own timeline says who did what and when; the details
 * would only repeat it at the cost of an insert per variable write, in every step's transaction.
 *
 * <p>A handler, not a history level: the engine refuses to start on a database recorded at another level, so a
 * custom level would be a migration for every office; the handler changes nothing stored. Set
 * {@code motcua.history.variable-details=true} to write them again (the load bench measures both).
 */
@Component
@ConditionalOnProperty(name = "motcua.history.variable-details", havingValue = "false", matchIfMissing = true)
class HistoryWithoutVariableDetails extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(List.of(new DatabaseHandlerWithoutDetails()));
    }

    /** The engine's own database handler, which writes a variable's instance but not the detail of each write. */
    static final class DatabaseHandlerWithoutDetails extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
