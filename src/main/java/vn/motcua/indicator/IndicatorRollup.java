package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.Step;
import vn.motcua.portal.ReceiptSynced;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Keeps {@code indicator_rollup} in step with the timeline: one row per office-zone date × unit × department ×
 * procedure × channel, one counter per flow figure of docs/indicators.md, and the state changes that let
 * {@link IndicatorStates} read a past period's end from the rollup (withdrawals after receipt, suspensions begun and
 * ended), and, when a dossier leaves handling, whether it passed its due instant while in handling (counted on its due
 * date) and when it stopped being overdue, which let {@link IndicatorStates} read passedDue, lateWithoutApology and
 * overdue at a past period's end from the rollup too. {@code indicator_rollup_month} holds the same counters by
 * calendar month, and {@code indicator_rollup_total} over all dates, moved by the same step.
 *
 * <p>Why the figures are right:
 * <ul>
 * <li>It runs inside the step's own transaction, as its last statements (just before commit), so a step that
 * rolls back takes its rollup increment with it, and a committed step always has it. Last, because every intake
 * of a day, unit and procedure increments the same row: its row lock is held from the increment to the commit,
 * and a hundred clerks receiving at once would otherwise queue behind each other's whole step (the engine's
 * work included) until the lock wait timed out.</li>
 * <li>Each step that starts a flow figure happens once per dossier (RECEIVED, RESULT_READY or REJECTED, REFUSED,
 * APOLOGY_ISSUED, RETURNED: the dossier's status machine does not repeat them), so each dossier is counted once.</li>
 * <li>The date of a count is read from the <em>dossier row</em> the step has just written (received_on,
 * result_ready_at, closed_at, returned_at, apology.issued_at), not from the timeline line's instant, so the rollup
 * and a recount of the dossier rows (the drill-down) select the same dossiers by construction, also when a
 * dossier received out of hours counts as received on the next working day.</li>
 * <li>The department is the procedure's first agency ({@link ProcedureCatalog#indicatorDepartment}): fixed for the dossier's
 * whole life, so all of a dossier's counts fall in one department, the one that answers for it; the hand-overs
 * of liên thông procedures are on the control sheet, not here.</li>
 * </ul>
 * {@code IndicatorScenarioTest#rollupEqualsARecountOfTheDossierRows} proves it: after a scenario, every rollup figure
 * equals the recount, in the scenario's period and over every dossier in the shared test database.
 */
@Component
class IndicatorRollup {

    private final IndicatorMapper mapper;
    private final ProcedureCatalog procedures;
    private final ZoneId zone;

    IndicatorRollup(IndicatorMapper mapper, ProcedureCatalog procedures, WorkingCalendar calendar) {
        this.mapper = mapper;
        this.procedures = procedures;
        this.zone = calendar.zone();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DossierStepRecorded recorded) {
        Step step = Step.valueOf(recorded.event().step());
        switch (step) {
            case RECEIVED, RESULT_READY, REJECTED, REFUSED, APOLOGY_ISSUED, RETURNED, WITHDRAWN, SUSPENDED, RESUMED ->
                count(step, recorded.event().dossierId(), recorded.event().at());
            default -> {}
        }
    }

    private void count(Step step, long dossierId, Instant stepAt) {
        RollupSource d = mapper.source(dossierId);
        Counts counts = new Counts();
        switch (step) {
            case RECEIVED -> {
                LocalDate on = d.receivedOn();
                counts.add(on, Counter.RECEIVED);
                if ("ONLINE".equals(d.channel())) {
                    counts.add(on, Counter.RECEIVED_ONLINE);
                } else if ("POSTAL".equals(d.channel())) {
                    counts.add(on, Counter.RECEIVED_POSTAL);
                }
                if (d.documents() > 0 && d.undigitized() == 0 && mapper.insertDigitizedOnce(dossierId) == 1) {
                    counts.add(on, Counter.DIGITIZED);
                }
                if (d.reusedComponent() && fact(Counter.REUSED_COMPONENTS, dossierId)) {
                    counts.add(on, Counter.REUSED_COMPONENTS);
                }
                if (d.fee() != null && d.fee().signum() > 0) {
                    counts.add(on, Counter.FEE_DOSSIERS);
                    if ("CASHLESS".equals(d.paymentMethod())) {
                        counts.add(on, Counter.CASHLESS);
                    }
                }
            }
            case RESULT_READY, REJECTED -> {
                Instant resolvedAt = step == Step.RESULT_READY ? d.resultReadyAt() : d.closedAt();
                LocalDate on = date(resolvedAt);
                counts.add(on, Counter.RESOLVED);
                if (d.timeliness() != null) {
                    counts.add(
                            on,
                            switch (d.timeliness()) {
                                case "EARLY" -> Counter.EARLY;
                                case "ON_TIME" -> Counter.ON_TIME;
                                default -> Counter.LATE;
                            });
                }
                if (progressLate(d.timeliness(), d.handlingSupplements())) {
                    counts.add(on, Counter.PROGRESS_LATE);
                }
                if (step == Step.RESULT_READY && d.electronicResult() && fact(Counter.ELECTRONIC_RESULTS, dossierId)) {
                    counts.add(on, Counter.ELECTRONIC_RESULTS);
                }
                leftHandling(d, resolvedAt, resolvedAt, counts);
            }
            case REFUSED -> counts.add(date(d.closedAt()), Counter.REFUSED);
            case APOLOGY_ISSUED -> counts.add(date(d.apologyIssuedAt()), Counter.APOLOGIES);
            case RETURNED -> {
                LocalDate on = date(d.returnedAt());
                counts.add(on, Counter.RETURNED);
                if (d.digitizedResult() && fact(Counter.DIGITIZED_RESULTS, dossierId)) {
                    counts.add(on, Counter.DIGITIZED_RESULTS);
                }
                if (d.satisfaction() != null) {
                    counts.add(on, Counter.RATINGS);
                    if (d.satisfaction() >= 4) {
                        counts.add(on, Counter.SATISFIED);
                    }
                }
            }
            case WITHDRAWN -> {
                // Only a received dossier leaves "in progress"; one withdrawn while waiting for a supplement also
                // ends its suspension, at the instant the live figure reads it (closed_at), and stopped being
                // overdue when that suspension began.
                if (d.receivedOn() != null) {
                    LocalDate on = date(d.closedAt());
                    counts.add(on, Counter.WITHDRAWN);
                    boolean waiting = mapper.openSuspensions(dossierId) > 0;
                    if (waiting) {
                        counts.add(on, Counter.SUSPENSIONS_ENDED);
                    }
                    leftHandling(d, null, waiting ? mapper.lastSuspensionStart(dossierId) : d.closedAt(), counts);
                }
            }
            // Dated by the timeline line itself: the suspended figure reads these lines' instants.
            case SUSPENDED -> counts.add(date(stepAt), Counter.SUSPENSIONS_BEGUN);
            case RESUMED -> counts.add(date(stepAt), Counter.SUSPENSIONS_ENDED);
            default -> throw new IllegalArgumentException("No rollup figure for " + step);
        }
        apply(d, counts);
    }

    /**
     * The portal acknowledged a dossier's receipt status (docs/portal.md): it counts as synchronised, on its receipt
     * date, in the acknowledgement's own transaction.
     */
    @EventListener
    void on(ReceiptSynced synced) {
        if (!fact(Counter.SYNCED, synced.dossierId())) {
            return;
        }
        RollupSource d = mapper.source(synced.dossierId());
        Counts counts = new Counts();
        counts.add(d.receivedOn(), Counter.SYNCED);
        apply(d, counts);
    }

    /**
     * Records the dossier in {@code indicator_fact} (V34), which the figure's drill-down pages read, and answers
     * whether it was new: a figure counts a dossier once, and exactly the dossiers its pages list.
     */
    private boolean fact(Counter counter, long dossierId) {
        return mapper.insertFactOnce(counter, dossierId) == 1;
    }

    private void apply(RollupSource d, Counts counts) {
        String department = procedures.indicatorDepartment(d.procedureCode()).orElse("-");
        counts.byDate.forEach(
                (on, counters) -> add(on, d.unitCode(), department, d.procedureCode(), d.channel(), counters));
        addAllTime(d.unitCode(), department, d.procedureCode(), d.channel(), counts);
    }

    /**
     * Whether a resolved dossier is late as the national public-service portal (Cổng Dịch vụ công quốc gia) counts
     * the "Tiến độ, kết quả giải quyết" group of Decision 766/QĐ-TTg: its published method, known here from
     * secondary sources only (docs/indicators.md, "progressLate"), judges a dossier on time when its handling ended
     * at or before its appointment with the time it waited for the citizen's supplement taken out, and late when it
     * was asked for a supplement more than once.
     *
     * <p>Here the waiting is already outside the appointment: a supplement during handling suspends the dossier and
     * the time limit counts afresh when it arrives ({@code DossierLifecycle.resume}), so "late against its
     * appointment" is {@code timeliness = LATE}, judged against {@code due_at} (never an apology's new date). The
     * requests are the {@code supplement_request} rows of stage {@code HANDLING}: a request at the desk comes
     * before receipt, when no time limit runs. The drill-down's SQL ({@code resolvedKind}) and
     * {@link RollupRebuild} decide by this same rule.
     *
     * @param timeliness the dossier's timeliness, {@code null} when it had no due instant
     * @param handlingSupplements supplement requests made during its handling
     */
    static boolean progressLate(String timeliness, long handlingSupplements) {
        return "LATE".equals(timeliness) || handlingSupplements > 1;
    }

    /**
     * A dossier leaving handling has its final due instant and end: whether it passed its due instant while in
     * handling is decided once, by the recount's own condition, and counted on the due date; while it was overdue
     * (from its due instant to {@code overdueUntil}) the live count no longer sees it, so the end is counted too.
     * The verdict and the resolution ({@code resolvedAt}, null for a withdrawal) are also kept as the dossier's
     * outcome row, which the drill-down pages those sets by.
     */
    private void leftHandling(RollupSource d, Instant resolvedAt, Instant overdueUntil, Counts counts) {
        PassedDue passed = mapper.passedDueOf(d.id());
        String dueOutcome = passed == null
                ? null
                : passed.passedDue() == 0
                        ? "KEPT"
                        : passed.lateWithoutApology() > 0 ? "PASSED_WITHOUT_APOLOGY" : "PASSED_WITH_APOLOGY";
        mapper.insertOutcome(
                d.id(),
                d.unitCode(),
                d.procedureCode(),
                resolvedAt,
                resolvedAt == null ? null : d.timeliness(),
                d.dueAt(),
                dueOutcome);
        if (passed == null || passed.passedDue() == 0) {
            return;
        }
        LocalDate due = date(d.dueAt());
        counts.add(due, Counter.PASSED_DUE);
        if (passed.lateWithoutApology() > 0) {
            counts.add(due, Counter.LATE_WITHOUT_APOLOGY);
        }
        counts.add(date(overdueUntil), Counter.OVERDUE_ENDED);
    }

    /** The counters one step moves, by the date each is counted on. */
    private static final class Counts {
        final Map<LocalDate, List<Counter>> byDate = new LinkedHashMap<>();

        void add(LocalDate on, Counter counter) {
            if (on == null) {
                return;
            }
            byDate.computeIfAbsent(on, x -> new ArrayList<>()).add(counter);
        }
    }

    /** Increments the day's row and the month's row of the key. */
    private void add(
            LocalDate on, String unit, String department, String procedure, String channel, List<Counter> counters) {
        add(on, null, unit, department, procedure, channel, counters);
        add(null, RollupSpan.month(on), unit, department, procedure, channel, counters);
    }

    /**
     * Increments the all-time row of the key by every count of the step, last and once: every step of the key locks
     * that row, and taking it after the day and month rows keeps one lock order for all steps, so two steps never hold
     * each other's rows. A counter the step moves on two dates is added twice.
     */
    private void addAllTime(String unit, String department, String procedure, String channel, Counts counts) {
        List<Counter> left = new ArrayList<>();
        counts.byDate.values().forEach(left::addAll);
        while (!left.isEmpty()) {
            List<Counter> once = left.stream().distinct().toList();
            once.forEach(left::remove);
            try {
                mapper.countInTotal(unit, department, procedure, channel, once);
            } catch (DuplicateKeyException raced) {
                mapper.countInTotal(unit, department, procedure, channel, once);
            }
        }
    }

    /**
     * Increments one row, creating it on the first count of its key, in one statement. On H2 two transactions
     * that create the same row at once: the second's MERGE fails on the key once the first commits, and the retry
     * finds the row; MySQL's upsert does not fail that way.
     */
    private void add(
            LocalDate on,
            Integer month,
            String unit,
            String department,
            String procedure,
            String channel,
            List<Counter> counters) {
        try {
            mapper.countInRollup(on, month, unit, department, procedure, channel, counters);
        } catch (DuplicateKeyException raced) {
            mapper.countInRollup(on, month, unit, department, procedure, channel, counters);
        }
    }

    private LocalDate date(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }
}
