package vn.motcua.indicator;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The two state figures that a past period's end reads from the rollup instead of the dossier table: in progress
 * and suspended at {@code asOf} (indicators.md, "inProgress", "suspended").
 *
 * <p>Why the rollup gives the recount's number. Each dossier enters "in progress" once (RECEIVED, counted on
 * received_on, the office date of received_at) and leaves it at most once (RESULT_READY or REJECTED, counted as
 * resolved; or WITHDRAWN after receipt), each on the office date of the instant the recount compares with the period's
 * end. So for a period that ended at T (the start of the day after {@code to}):
 * <pre>
 *   in progress at T = in handling now − received on or after T + (resolved + withdrawn) on or after T
 * </pre>
 * Likewise a dossier's suspension begins with a SUSPENDED line and ends with a RESUMED line or with its withdrawal
 * (the only way out of SUSPENDED besides resuming), so
 * <pre>
 *   suspended at T = SUSPENDED now − suspensions begun on or after T + suspensions ended on or after T
 * </pre>
 * "On or after T" runs to the end of time, not to now, so a step dated after the real or sandbox now is counted on
 * both sides. Each side is one indexed count of the dossiers in handling (a few thousand at a million dossiers) and
 * one rollup sum, whatever the period. A period that has not ended (asOf is now) is counted from the dossier rows,
 * which are cheap to read at now. {@code IndicatorStatesTest} proves both equal the recount.
 */
@Component
class IndicatorStates {

    /** The rollup's "end of time": every step's date is before it. */
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final IndicatorMapper mapper;

    IndicatorStates(IndicatorMapper mapper) {
        this.mapper = mapper;
    }

    /** In progress and suspended at the scope's {@code asOf}. */
    States at(IndicatorScope scope) {
        if (!scope.asOf().equals(scope.end())) {
            return new States(mapper.count(scope, Metric.IN_PROGRESS.param()),
                    mapper.count(scope, Metric.SUSPENDED.param()));
        }
        InHandling now = mapper.inHandling(scope);
        RollupTotals since = mapper.totals(scope, RollupSpan.of(scope.to().plusDays(1), LAST_DAY));
        return new States(now.inHandling() - since.received() + since.resolved() + since.withdrawn(),
                now.suspended() - since.suspensionsBegun() + since.suspensionsEnded());
    }

    record States(long inProgress, long suspended) {}
}
