package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: at least once, in {@code seq} order per dossier, with a growing wait between tries while the
 * portal is down (PortalSettings#backOff). Any number of nodes may run it at once: a worker takes a row by a lease
 * (an UPDATE that succeeds for one of them), which works alike on H2 and MariaDB; a row whose worker died is taken
 * again when its lease runs out. All timing reads the application clock, so a test drives it with the sandbox clock.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 100;

    private final OutboxMapper mapper;
    private final PortalGateway gateway;
    private final PortalSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inOneTransaction;

    OutboxWorker(
            OutboxMapper mapper,
            PortalGateway gateway,
            PortalSettings settings,
            ObjectMapper json,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.inOneTransaction = new TransactionTemplate(transactions);
        this.mapper = mapper;
        this.gateway = gateway;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Sends what is due now, dossier queue by dossier queue, until nothing is due: a change acknowledged makes its
     * dossier's next one due at once.
     *
     * @return the number of changes the portal acknowledged
     */
    int deliverDue() {
        int delivered = 0;
        while (true) {
            Instant now = clock.instant();
            List<OutboxMapper.Row> heads = mapper.dueHeads(now, BATCH);
            int progress = 0;
            for (OutboxMapper.Row row : heads) {
                if (mapper.lease(row.id(), settings.node(), now, now.plus(settings.lease())) == 1 && deliver(row)) {
                    progress++;
                }
            }
            delivered += progress;
            if (progress == 0) {
                return delivered;
            }
        }
    }

    private boolean deliver(OutboxMapper.Row row) {
        try {
            gateway.send(json.readValue(row.payload(), StatusChange.class));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Instant next = clock.instant().plus(settings.backOff(row.attempts() + 1));
            String error = String.valueOf(e.getMessage());
            mapper.failed(row.id(), next, error.length() > 500 ? error.substring(0, 500) : error);
            log.debug("Portal did not take {} #{}: {}; next try at {}", row.dossierCode(), row.seq(), error, next);
            return false;
        }
        if (row.statusCode() == NationalStatus.RECEIVED) {
            // The dossier now counts as synchronised: counted with the acknowledgement, or not at all.
            inOneTransaction.executeWithoutResult(tx -> {
                if (mapper.acknowledged(row.id(), clock.instant()) == 1) {
                    events.publishEvent(new ReceiptSynced(row.dossierId()));
                }
            });
        } else {
            mapper.acknowledged(row.id(), clock.instant());
        }
        return true;
    }
}
