package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.Step;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Keeps {@code indicator_rollup} in step with the timeline: one row per office-zone date × unit × department ×
 * procedure × channel, one counter per flow figure of indicators.md, and the state changes that let
 * {@link IndicatorStates} read a past period's end from the rollup (withdrawals after receipt, suspensions begun and
 * ended). {@code indicator_rollup_month} holds the same counters by calendar month, moved by the same step.
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
 * <li>The department is the procedure's first agency ({@link Procedure#firstDepartment()}): fixed for the dossier's
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
            default -> { }
        }
    }

    private void count(Step step, long dossierId, Instant stepAt) {
        RollupSource d = mapper.source(dossierId);
        List<String> columns = new ArrayList<>();
        LocalDate on;
        switch (step) {
            case RECEIVED -> {
                on = d.receivedOn();
                columns.add("n_received");
                if ("ONLINE".equals(d.channel())) {
                    columns.add("n_received_online");
                } else if ("POSTAL".equals(d.channel())) {
                    columns.add("n_received_postal");
                }
                if (d.documents() > 0 && d.undigitized() == 0 && mapper.digitizedRows(dossierId) == 0) {
                    mapper.insertDigitized(dossierId);
                    columns.add("n_digitized");
                }
                if (d.fee() != null && d.fee().signum() > 0) {
                    columns.add("n_fee_dossiers");
                    if ("CASHLESS".equals(d.paymentMethod())) {
                        columns.add("n_cashless");
                    }
                }
            }
            case RESULT_READY, REJECTED -> {
                on = date(step == Step.RESULT_READY ? d.resultReadyAt() : d.closedAt());
                columns.add("n_resolved");
                if (d.timeliness() != null) {
                    columns.add(switch (d.timeliness()) {
                        case "EARLY" -> "n_early";
                        case "ON_TIME" -> "n_on_time";
                        default -> "n_late";
                    });
                }
            }
            case REFUSED -> {
                on = date(d.closedAt());
                columns.add("n_refused");
            }
            case APOLOGY_ISSUED -> {
                on = date(d.apologyIssuedAt());
                columns.add("n_apologies");
            }
            case RETURNED -> {
                on = date(d.returnedAt());
                columns.add("n_returned");
                if (d.satisfaction() != null) {
                    columns.add("n_ratings");
                    if (d.satisfaction() >= 4) {
                        columns.add("n_satisfied");
                    }
                }
            }
            case WITHDRAWN -> {
                // Only a received dossier leaves "in progress"; one withdrawn while waiting for a supplement also
                // ends its suspension, at the instant the live figure reads it (closed_at).
                on = d.receivedOn() == null ? null : date(d.closedAt());
                columns.add("n_withdrawn");
                if (mapper.openSuspensions(dossierId) > 0) {
                    columns.add("n_suspensions_ended");
                }
            }
            // Dated by the timeline line itself: the suspended figure reads these lines' instants.
            case SUSPENDED -> {
                on = date(stepAt);
                columns.add("n_suspensions_begun");
            }
            case RESUMED -> {
                on = date(stepAt);
                columns.add("n_suspensions_ended");
            }
            default -> throw new IllegalArgumentException("No rollup figure for " + step);
        }
        if (on == null) {
            return;
        }
        String department = procedures.find(d.procedureCode()).map(Procedure::firstDepartment).orElse("-");
        add(on, d.unitCode(), department, d.procedureCode(), d.channel(), columns);
    }

    /** Increments the day's row and the month's row of the key. */
    private void add(LocalDate on, String unit, String department, String procedure, String channel,
            List<String> columns) {
        add(on, null, unit, department, procedure, channel, columns);
        add(null, RollupSpan.month(on), unit, department, procedure, channel, columns);
    }

    /**
     * Increments one row, creating it on the first count of its key, in one statement. On H2 two transactions
     * that create the same row at once: the second's MERGE fails on the key once the first commits, and the retry
     * finds the row; MySQL's upsert does not fail that way.
     */
    private void add(LocalDate on, Integer month, String unit, String department, String procedure, String channel,
            List<String> columns) {
        try {
            mapper.countInRollup(on, month, unit, department, procedure, channel, columns);
        } catch (DuplicateKeyException raced) {
            mapper.countInRollup(on, month, unit, department, procedure, channel, columns);
        }
    }

    private LocalDate date(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }
}
