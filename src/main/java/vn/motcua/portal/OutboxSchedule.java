package vn.motcua.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.IdempotentIntake;

/**
 * Runs the outbox worker on every node, every {@code motcua.portal.poll-interval} (5 s by default), when a
 * {@code sync-url} was configured at start-up; and forgets the desk's idempotency keys after their 24 hours.
 */
@Component
class OutboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxWorker worker;
    private final PortalSettings settings;
    private final IdempotentIntake intakes;

    OutboxSchedule(OutboxWorker worker, PortalSettings settings, IdempotentIntake intakes) {
        this.worker = worker;
        this.settings = settings;
        this.intakes = intakes;
    }

    @Scheduled(
            initialDelayString = "${motcua.portal.poll-interval:PT5S}",
            fixedDelayString = "${motcua.portal.poll-interval:PT5S}")
    void deliver() {
        if (!settings.scheduled()) {
            return;
        }
        try {
            int delivered = worker.deliverDue();
            if (delivered > 0) {
                log.debug("Delivered {} status changes to the portal", delivered);
            }
        } catch (RuntimeException e) {
            // The database may be away for a while: the rows wait, and the next run tries again.
            log.warn("Portal outbox run failed: {}", e.getMessage());
        }
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void forgetDeskKeys() {
        try {
            intakes.forgetExpiredDeskKeys();
        } catch (RuntimeException e) {
            log.warn("Could not forget expired idempotency keys: {}", e.getMessage());
        }
    }
}
