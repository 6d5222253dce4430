package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.Step;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Keeps {@code indicator_rollup} in step with the timeline: one row per office-zone date × unit × department ×
 * procedure × channel, one counter per flow figure of indicators.md.
 *
 * <p>Why the figures are right:
 * <ul>
 * <li>It runs inside the step's own transaction ({@link DossierStepRecorded} is published synchronously), so a
 * step that rolls back takes its rollup increment with it, and a committed step always has it.</li>
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

    @EventListener
    void on(DossierStepRecorded recorded) {
        Step step = Step.valueOf(recorded.event().step());
        switch (step) {
            case RECEIVED, RESULT_READY, REJECTED, REFUSED, APOLOGY_ISSUED, RETURNED -> count(step, recorded.event().dossierId());
            default -> { }
        }
    }

    private void count(Step step, long dossierId) {
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
            default -> throw new IllegalArgumentException("No rollup figure for " + step);
        }
        if (on == null) {
            return;
        }
        String department = procedures.find(d.procedureCode()).map(Procedure::firstDepartment).orElse("-");
        add(on, d.unitCode(), department, d.procedureCode(), d.channel(), columns);
    }

    /**
     * Increments the row, creating it on the first count of its key. Two transactions that create the same row at
     * once: the second insert waits for the first's commit, fails on the key, and then updates; the step goes on.
     */
    private void add(LocalDate on, String unit, String department, String procedure, String channel,
            List<String> columns) {
        if (mapper.addToRollup(on, unit, department, procedure, channel, columns) == 1) {
            return;
        }
        try {
            mapper.insertRollup(on, unit, department, procedure, channel, columns);
        } catch (DuplicateKeyException raced) {
            mapper.addToRollup(on, unit, department, procedure, channel, columns);
        }
    }

    private LocalDate date(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }
}
