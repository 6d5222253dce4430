package vn.motcua.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.common.ConflictException;
import vn.motcua.security.Staff;

/**
 * An intake answered once per key (docs/api.md, "Intake idempotency"): a desk's {@code Idempotency-Key}, repeated
 * within 24 hours by the same clerk, and a portal's {@code portalId}, forever. A repeat gets the first answer, status
 * and body as they were, and creates nothing.
 *
 * <p>The key is claimed by inserting its row in the intake's own transaction, before the dossier: of two twins that
 * arrive together the second insert waits on the primary key until the first commits, then fails, and the second
 * reads the first's answer. A check before the insert would let both pass. An intake that fails (400) rolls its
 * claim back with it, so a corrected repeat is taken afresh.
 */
@Service
public class IdempotentIntake {

    /** How long a desk's key holds. */
    public static final Duration DESK_KEY_LIFETIME = Duration.ofHours(24);

    private static final String DESK_SCOPE = "staff:";
    /** How long a twin waits for the first intake to commit before giving up (409). */
    private static final Duration TWIN_WAIT = Duration.ofSeconds(30);

    /** The answer to give: the first one's status and body; {@code repeated} when this request created nothing. */
    public record Answer(int status, String body, String dossierCode, boolean repeated) {}

    private final DossierService dossiers;
    private final IntakeKeyMapper keys;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate inOneTransaction;

    IdempotentIntake(
            DossierService dossiers,
            IntakeKeyMapper keys,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.inOneTransaction = new TransactionTemplate(transactions);
    }

    /** A desk's intake under its {@code Idempotency-Key}: the key is the clerk's own, for 24 hours. */
    public Answer atDesk(String key, IntakeRequest request, Staff clerk) {
        return atDesk(key, clerk, () -> dossiers.intake(request, clerk));
    }

    /** A desk's intake that carries more than the request (its scanned files): {@code intake} makes the dossier. */
    public Answer atDesk(String key, Staff clerk, Supplier<DossierView> intake) {
        return intake(DESK_SCOPE + clerk.username(), key, DESK_KEY_LIFETIME, intake);
    }

    /**
     * An intake under a key of {@code scope}; {@code lifetime} {@code null} keeps the key for good. {@code intake}
     * makes the dossier, files included, and runs only for a key not answered yet, inside the transaction that claims
     * it: a repeat writes nothing, not even to the file store, and a failure frees the key with everything else.
     */
    public Answer intake(String scope, String key, Duration lifetime, Supplier<DossierView> intake) {
        Instant now = clock.instant();
        Answer earlier = earlier(scope, key, lifetime, now);
        if (earlier != null) {
            return earlier;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return inOneTransaction.execute(tx -> {
                    if (lifetime != null) {
                        keys.forgetIfOlder(scope, key, now.minus(lifetime));
                    }
                    keys.claim(scope, key, now);
                    DossierView view = intake.get();
                    String body = write(view);
                    keys.answer(scope, key, 201, view.code(), body);
                    return new Answer(201, body, view.code(), false);
                });
            } catch (DataIntegrityViolationException twin) {
                return awaitTwin(scope, key, lifetime);
            } catch (ConcurrencyFailureException waitedTooLong) {
                // A twin held the key longer than the database waits for a lock (H2's LOCK_TIMEOUT): its answer, if
                // it has committed meanwhile, else one more try, which then waits for it again.
                Answer first = earlier(scope, key, lifetime, clock.instant());
                if (first != null) {
                    return first;
                }
                if (attempt == 3) {
                    throw waitedTooLong;
                }
            }
        }
    }

    /** Forgets the desk's keys past their 24 hours. */
    public int forgetExpiredDeskKeys() {
        return keys.forgetOlder(DESK_SCOPE + "%", clock.instant().minus(DESK_KEY_LIFETIME));
    }

    private Answer earlier(String scope, String key, Duration lifetime, Instant now) {
        IntakeKeyMapper.Answer row = keys.find(scope, key);
        if (row == null || row.status() == null) {
            return null;
        }
        if (lifetime != null && row.createdAt().isBefore(now.minus(lifetime))) {
            return null;
        }
        return new Answer(row.status(), row.body(), row.dossierCode(), true);
    }

    /**
     * The twin that claimed the key first has committed (InnoDB made us wait for it) or is about to (H2 may fail the
     * insert at once): its answer is read until it shows.
     */
    private Answer awaitTwin(String scope, String key, Duration lifetime) {
        long deadline = System.nanoTime() + TWIN_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Answer earlier = earlier(scope, key, lifetime, clock.instant());
            if (earlier != null) {
                return earlier;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ConflictException("Another request with the same key is still being processed; repeat it later");
    }

    private String write(DossierView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
