package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The figures that depend on where each dossier stood at a moment, not on a step dated in the period: in progress,
 * overdue and suspended at {@code asOf}, and passed due (with and without apology) by then (indicators.md,
 * "inProgress", "inProgressOverdue", "suspended", "passedDue", "lateWithoutApology").
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
 * A dossier that has left handling has a final due instant and a final end, and {@link IndicatorRollup} counted, as it
 * left, whether it passed its due instant in handling (on the due date) and when it stopped being overdue (its result
 * or closing, or the start of the suspension it was withdrawn in): it was overdue exactly at the instants T with
 * due &lt; T ≤ that end. Both dates fall on or after T for the ones whose due instant is on or after T, so
 * <pre>
 *   overdue at T   = overdue in handling now at T + overdue ended on or after T − passed due on or after T
 *   passed due in [from, to] = passed due of those in handling now, due in the period + passed due dated in it
 * </pre>
 * "On or after T" runs to the end of time, not to now, so a step dated after the real or sandbox now is counted on
 * both sides. Each part is one indexed pass over the dossiers in handling (a few thousand at a million dossiers)
 * and rollup sums, whatever the period. In a period that has not ended (asOf is now) the states are counted from the
 * dossier rows, which are cheap to read at now, and passed due from the rollup up to the start of today, the
 * dossiers in handling, and a recount of today's due instants. {@code IndicatorStatesTest} proves every one equals
 * the recount.
 */
@Component
class IndicatorStates {

    /** The rollup's "end of time": every step's date is before it. */
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final IndicatorMapper mapper;
    private final ZoneId zone;

    IndicatorStates(IndicatorMapper mapper, WorkingCalendar calendar) {
        this.mapper = mapper;
        this.zone = calendar.zone();
    }

    /** The state figures of the scope at its {@code asOf}; {@code within} is the rollup's sum over its dates. */
    States at(IndicatorScope scope, RollupTotals within) {
        if (!scope.asOf().equals(scope.end())) {
            return running(scope);
        }
        InHandling now = mapper.inHandling(scope, scope.end());
        RollupTotals since = mapper.totals(scope, RollupSpan.of(scope.to().plusDays(1), LAST_DAY));
        return new States(now.inHandling() - since.received() + since.resolved() + since.withdrawn(),
                now.suspended() - since.suspensionsBegun() + since.suspensionsEnded(),
                now.overdue() + since.overdueEnded() - since.passedDue(),
                now.passedDue() + within.passedDue(), now.lateWithoutApology() + within.lateWithoutApology());
    }

    private States running(IndicatorScope scope) {
        LocalDate today = LocalDate.ofInstant(scope.asOf(), zone);
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant cut = todayStart.isAfter(scope.start()) ? todayStart : scope.start();
        long passedDue = 0;
        long lateWithoutApology = 0;
        if (today.isAfter(scope.from())) {
            RollupTotals before = mapper.totals(scope, RollupSpan.of(scope.from(), today.minusDays(1)));
            passedDue += before.passedDue();
            lateWithoutApology += before.lateWithoutApology();
        }
        InHandling now = mapper.inHandling(scope, cut);
        passedDue += now.passedDue();
        lateWithoutApology += now.lateWithoutApology();
        if (cut.isBefore(scope.asOf())) {
            PassedDue sinceMidnight = mapper.passedDue(scope.between(cut, scope.asOf()));
            passedDue += sinceMidnight.passedDue();
            lateWithoutApology += sinceMidnight.lateWithoutApology();
        }
        return new States(mapper.count(scope, Metric.IN_PROGRESS.param()), mapper.count(scope, Metric.SUSPENDED.param()),
                mapper.count(scope, Metric.IN_PROGRESS_OVERDUE.param()), passedDue, lateWithoutApology);
    }

    record States(long inProgress, long suspended, long inProgressOverdue, long passedDue, long lateWithoutApology) {}
}
