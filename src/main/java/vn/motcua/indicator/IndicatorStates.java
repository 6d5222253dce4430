package vn.motcua.indicator;

import static vn.motcua.indicator.Counter.LATE_WITHOUT_APOLOGY;
import static vn.motcua.indicator.Counter.OVERDUE_ENDED;
import static vn.motcua.indicator.Counter.PASSED_DUE;
import static vn.motcua.indicator.Counter.RECEIVED;
import static vn.motcua.indicator.Counter.RESOLVED;
import static vn.motcua.indicator.Counter.SUSPENSIONS_BEGUN;
import static vn.motcua.indicator.Counter.SUSPENSIONS_ENDED;
import static vn.motcua.indicator.Counter.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The figures that depend on where each dossier stood at a moment, not on a step dated in the period: in progress,
 * overdue and suspended at {@code asOf}, and passed due (with and without apology) by then (docs/indicators.md,
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
 * both sides. "In handling now" and "SUSPENDED now" are themselves sums of the rollup, over all dates: every dossier in
 * handling was received and is neither resolved nor withdrawn, and every one waiting has one more suspension begun
 * than ended; {@code indicator_rollup_total} holds those sums, a row per key, so no part counts the dossiers in
 * handling one by one (84,000 of them at ten million dossiers). Overdue and passed due need each dossier's due
 * instant: only the dossiers in handling due before {@code asOf} can be either, one range of an index by due
 * instant. In a period that has not ended (asOf is now) the states are those of the dossiers in handling now plus any
 * that left handling at or after now (none but on a sandbox clock set back); the few dossiers received, suspended or
 * resumed at or after now are read one by one ({@link InHandlingSince}); passed due comes from the rollup up to the
 * start of today, the dossiers in handling, and a recount of today's due instants. {@code IndicatorStatesTest} proves
 * every one equals the recount.
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

    /**
     * The state figures of each group of the scope at its {@code asOf} (of the one group {@code ""} when the scope is
     * not grouped); {@code within} is the rollup's sums over the scope's dates, by group.
     */
    Map<String, States> at(IndicatorScope scope, Map<String, RollupTotals> within) {
        return scope.asOf().equals(scope.end()) ? ended(scope, within) : running(scope, within);
    }

    private Map<String, States> ended(IndicatorScope scope, Map<String, RollupTotals> within) {
        return ended(
                scope,
                within,
                byGroup(
                        mapper.totalsBy(scope, RollupSpan.of(scope.to().plusDays(1), LAST_DAY)),
                        RollupTotals::groupKey));
    }

    /**
     * The states at the end of a period that has ended, with the rollup's sums from the day after it to the end of
     * time already read ({@code since}): a report by month reads them for all its months at once.
     */
    private Map<String, States> ended(
            IndicatorScope scope, Map<String, RollupTotals> within, Map<String, RollupTotals> since) {
        Map<String, RollupTotals> allTime = byGroup(mapper.allTimeBy(scope), RollupTotals::groupKey);
        Map<String, InHandling> due = byGroup(mapper.dueInHandlingBy(scope, scope.asOf()), InHandling::groupKey);
        Map<String, States> states = new HashMap<>();
        for (String key : keys(allTime.keySet(), due.keySet(), since.keySet(), within.keySet())) {
            states.put(
                    key,
                    ended(
                            now(
                                    allTime.getOrDefault(key, RollupTotals.none(key)),
                                    due.getOrDefault(key, InHandling.none(key))),
                            within.getOrDefault(key, RollupTotals.none(key)),
                            since.getOrDefault(key, RollupTotals.none(key))));
        }
        return states;
    }

    /** The dossiers in handling now and waiting now, from the all-time sums; overdue and passed due from {@code due}. */
    private static InHandling now(RollupTotals allTime, InHandling due) {
        return new InHandling(
                due.groupKey(),
                allTime.of(RECEIVED) - allTime.of(RESOLVED) - allTime.of(WITHDRAWN),
                allTime.of(SUSPENSIONS_BEGUN) - allTime.of(SUSPENSIONS_ENDED),
                due.overdue(),
                due.passedDue(),
                due.lateWithoutApology());
    }

    /**
     * The states of the months of a report by month: at the ends of the months that have ended ({@code periods}, with
     * the rollup's sums within each and from the day after it to the end of time already read), then at now in the
     * month still running ({@code running}, with its sums {@code runningWithin}; {@code null} when the report holds
     * none). The ended months share one read of the all-time sums and one range of the dossiers in handling due before
     * the last of their ends. The running month reads its own range, due before today: judging the dossiers due this
     * month at every ended month's end too made the shared pass cost more than the two apart.
     */
    List<States> months(
            IndicatorScope scope,
            List<IndicatorScope> periods,
            List<RollupTotals> within,
            List<RollupTotals> since,
            IndicatorScope running,
            RollupTotals runningWithin) {
        List<States> states = new ArrayList<>();
        if (!periods.isEmpty()) {
            Instant until = periods.stream()
                    .map(IndicatorScope::asOf)
                    .max(Instant::compareTo)
                    .orElseThrow();
            Map<String, Object> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            columns.putAll(mapper.dueInHandlingAtEnds(scope, periods, until));
            RollupTotals allTime = mapper.allTimeBy(scope).stream().findFirst().orElse(RollupTotals.none(""));
            for (int i = 0; i < periods.size(); i++) {
                InHandling due = new InHandling(
                        "",
                        0,
                        0,
                        number(columns, "overdue_" + i),
                        number(columns, "passed_due_" + i),
                        number(columns, "late_without_apology_" + i));
                states.add(ended(now(allTime, due), within.get(i), since.get(i)));
            }
        }
        if (running != null) {
            states.add(running(running, Map.of("", runningWithin)).getOrDefault("", States.NONE));
        }
        return states;
    }

    /** The identities of the class comment, for one group. */
    private static States ended(InHandling now, RollupTotals within, RollupTotals since) {
        return new States(
                now.inHandling() - since.of(RECEIVED) + since.of(RESOLVED) + since.of(WITHDRAWN),
                now.suspended() - since.of(SUSPENSIONS_BEGUN) + since.of(SUSPENSIONS_ENDED),
                now.overdue() + since.of(OVERDUE_ENDED) - since.of(PASSED_DUE),
                now.passedDue() + within.of(PASSED_DUE),
                now.lateWithoutApology() + within.of(LATE_WITHOUT_APOLOGY));
    }

    private static long number(Map<String, Object> columns, String name) {
        Object value = columns.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Where the rollup stops and the dossiers are read one by one in a running period: the start of today, or of the
     * period if it began today.
     */
    private Instant todayStart(IndicatorScope scope) {
        Instant todayStart =
                LocalDate.ofInstant(scope.asOf(), zone).atStartOfDay(zone).toInstant();
        return todayStart.isAfter(scope.start()) ? todayStart : scope.start();
    }

    private Map<String, States> running(IndicatorScope scope, Map<String, RollupTotals> within) {
        LocalDate today = LocalDate.ofInstant(scope.asOf(), zone);
        Instant cut = todayStart(scope);
        // Due before today = the period's sums less those dated today or later: a day's rows, not the month's.
        Map<String, RollupTotals> fromToday = !today.isAfter(scope.from())
                ? within
                : byGroup(mapper.totalsBy(scope, RollupSpan.of(today, scope.to())), RollupTotals::groupKey);
        Map<String, RollupTotals> allTime = byGroup(mapper.allTimeBy(scope), RollupTotals::groupKey);
        Map<String, InHandling> due = byGroup(mapper.dueInHandlingBy(scope, cut), InHandling::groupKey);
        Map<String, InHandlingSince> changed = byGroup(mapper.inHandlingSinceAsOf(scope), InHandlingSince::groupKey);
        Map<String, PassedDue> dueToday = !cut.isBefore(scope.asOf())
                ? Map.of()
                : byGroup(mapper.passedDueBy(scope.between(cut, scope.asOf())), PassedDue::groupKey);
        Map<String, GroupCount> inProgressLeft = leftSinceAsOf(scope, Metric.IN_PROGRESS);
        Map<String, GroupCount> suspendedLeft = leftSinceAsOf(scope, Metric.SUSPENDED);
        Map<String, GroupCount> overdueLeft = leftSinceAsOf(scope, Metric.IN_PROGRESS_OVERDUE);
        Map<String, States> states = new HashMap<>();
        for (String key : keys(
                within.keySet(),
                allTime.keySet(),
                due.keySet(),
                changed.keySet(),
                dueToday.keySet(),
                inProgressLeft.keySet(),
                suspendedLeft.keySet(),
                overdueLeft.keySet())) {
            RollupTotals w = within.getOrDefault(key, RollupTotals.none(key));
            RollupTotals f = fromToday.getOrDefault(key, RollupTotals.none(key));
            // In handling at asOf: in handling now, less those received since; waiting at asOf: waiting now, less those
            // suspended or resumed since as they are now, plus as they were at asOf.
            InHandling all =
                    now(allTime.getOrDefault(key, RollupTotals.none(key)), due.getOrDefault(key, InHandling.none(key)));
            InHandlingSince c = changed.getOrDefault(key, InHandlingSince.none(key));
            InHandling n = new InHandling(
                    key,
                    all.inHandling() - c.receivedAfter(),
                    all.suspended() - c.suspendedNow() + c.suspendedAt(),
                    all.overdue(),
                    all.passedDue(),
                    all.lateWithoutApology());
            PassedDue t = dueToday.getOrDefault(key, new PassedDue(key, 0, 0));
            states.put(
                    key,
                    new States(
                            n.inHandling() + n(inProgressLeft, key),
                            n.suspended() + n(suspendedLeft, key),
                            n.overdue() + n(overdueLeft, key),
                            w.of(PASSED_DUE) - f.of(PASSED_DUE) + n.passedDue() + t.passedDue(),
                            w.of(LATE_WITHOUT_APOLOGY)
                                    - f.of(LATE_WITHOUT_APOLOGY)
                                    + n.lateWithoutApology()
                                    + t.lateWithoutApology()));
        }
        return states;
    }

    private Map<String, GroupCount> leftSinceAsOf(IndicatorScope scope, Metric metric) {
        return byGroup(mapper.countLeftSinceAsOf(scope, metric.param()), GroupCount::groupKey);
    }

    private static long n(Map<String, GroupCount> counts, String key) {
        GroupCount count = counts.get(key);
        return count == null ? 0 : count.n();
    }

    static <T> Map<String, T> byGroup(List<T> rows, Function<T, String> key) {
        Map<String, T> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(key.apply(row), row));
        return byKey;
    }

    @SafeVarargs
    private static Set<String> keys(Set<String>... sets) {
        Set<String> keys = new TreeSet<>();
        for (Set<String> set : sets) {
            keys.addAll(set);
        }
        return keys;
    }

    record States(long inProgress, long suspended, long inProgressOverdue, long passedDue, long lateWithoutApology) {

        static final States NONE = new States(0, 0, 0, 0, 0);

        States plus(States o) {
            return new States(
                    inProgress + o.inProgress,
                    suspended + o.suspended,
                    inProgressOverdue + o.inProgressOverdue,
                    passedDue + o.passedDue,
                    lateWithoutApology + o.lateWithoutApology);
        }
    }
}
