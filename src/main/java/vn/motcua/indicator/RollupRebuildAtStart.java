package vn.motcua.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the rebuild a migration asked for ({@code rollup_rebuild_request}, V14) once the application is up.
 *
 * <p>A marker row rather than a Flyway Java migration, because the rebuild needs what only the running application
 * has: the procedure catalogue as {@code config/procedures} defines it (loaded after Flyway, and the source of each
 * procedure's department), the office zone, and the rollup's own rules in {@link RollupRebuild}, which a migration
 * would have had to copy; and because a migration runs in one transaction over the whole history, where the rebuild
 * takes one per unit. The row is deleted only after a rebuild that succeeded, so a failed one is tried again at the
 * next start. First of the start-up runners, so that the demo's sample dossiers are written onto the rebuilt rollup.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RollupRebuildAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupRebuildAtStart.class);

    private final RollupRebuild rebuild;

    RollupRebuildAtStart(RollupRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            rebuild.rebuildIfRequested();
        } catch (RuntimeException e) {
            // The office can work meanwhile: the figures are those of before the upgrade, the new counter short of
            // the dossiers before it, and the request stays for the next start or the admin page's button.
            log.error("The indicator rollup could not be rebuilt; it will be tried again at the next start", e);
        }
    }
}
