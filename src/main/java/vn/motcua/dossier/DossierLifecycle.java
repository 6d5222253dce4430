package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.ConflictException;
import vn.motcua.common.NotFoundException;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentStaff;

/**
 * The state changes of a dossier, each with its timeline line. The BPMN delegates call these from inside the
 * engine's command, so the dossier row, the timeline and the engine state commit together or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DossierLifecycle {

    private static final EnumSet<DossierStatus> WITHDRAWABLE = EnumSet.of(DossierStatus.SUBMITTED,
            DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.PROCESSING, DossierStatus.SUSPENDED);

    private final DossierMapper dossiers;
    private final DossierEventMapper events;
    private final SupplementRequestMapper supplements;
    private final ProcedureCatalog procedures;
    private final OfficeDirectory office;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    DossierLifecycle(DossierMapper dossiers, DossierEventMapper events, SupplementRequestMapper supplements,
            ProcedureCatalog procedures, OfficeDirectory office, WorkingCalendar calendar, Clock clock,
            ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.events = events;
        this.supplements = supplements;
        this.procedures = procedures;
        this.office = office;
        this.calendar = calendar;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * The desk accepts the dossier and issues the receipt (Mẫu 01): the legal clock starts. A dossier that
     * arrived outside office hours counts as received at the start of the next working period.
     *
     * @return the due instant (appointment for the result)
     */
    public Instant receive(long dossierId) {
        Dossier dossier = load(dossierId);
        OfficeHours hours = officeHours(dossier);
        Instant receivedAt = calendar.receptionInstant(clock.instant(), hours);
        Procedure procedure = procedures.get(dossier.procedureCode());
        Instant dueAt = calendar.dueAt(receivedAt, procedure.timeLimit(), hours);
        expectOne(dossiers.receive(dossierId, receivedAt, receivedAt.atZone(calendar.zone()).toLocalDate(), dueAt), dossier);
        record(dossierId, Step.RECEIVED, null, "Hẹn trả kết quả: " + dueAt.atZone(calendar.zone()).toOffsetDateTime());
        return dueAt;
    }

    /** Before receipt: one request that names everything missing (Mẫu 02); no clock runs. */
    public void requestSupplementAtDesk(long dossierId, String reason, String missingDocuments) {
        Dossier dossier = load(dossierId);
        expectOne(dossiers.changeStatus(dossierId, EnumSet.of(DossierStatus.SUBMITTED), DossierStatus.AWAITING_SUPPLEMENT),
                dossier);
        supplements.insert(dossierId, "DESK", clock.instant(), CurrentStaff.actorName(), null, reason, missingDocuments);
        record(dossierId, Step.SUPPLEMENT_REQUESTED, null, join(reason, missingDocuments));
    }

    /** The citizen brought what the desk asked for: the dossier goes back to the completeness check. */
    public void supplementArrivedAtDesk(long dossierId) {
        Dossier dossier = load(dossierId);
        expectOne(dossiers.changeStatus(dossierId, EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT), DossierStatus.SUBMITTED),
                dossier);
        supplements.fulfil(dossierId, clock.instant());
        record(dossierId, Step.SUPPLEMENT_RECEIVED, null, null);
    }

    /** Not within scope or not eligible: refused at the desk with a reason (Mẫu 03). */
    public void refuse(long dossierId, String reason) {
        Dossier dossier = load(dossierId);
        expectOne(dossiers.close(dossierId, DossierStatus.SUBMITTED, DossierStatus.REFUSED, clock.instant()), dossier);
        record(dossierId, Step.REFUSED, null, reason);
    }

    /** A department's task opened: the dossier is now held there. */
    public void arrivedAt(long dossierId, String department, String taskName) {
        dossiers.moveTo(dossierId, department);
        record(dossierId, Step.ASSIGNED, department, taskName);
    }

    /**
     * A handler found the dossier incomplete: it is returned to the citizen with a notice naming everything
     * needed, and waits (SUSPENDED).
     */
    public void suspend(long dossierId, String reason, String missingDocuments) {
        Dossier dossier = load(dossierId);
        String department = dossier.currentDepartment();
        expectOne(dossiers.changeStatus(dossierId, EnumSet.of(DossierStatus.PROCESSING), DossierStatus.SUSPENDED), dossier);
        supplements.insert(dossierId, "HANDLING", clock.instant(), CurrentStaff.actorName(), department, reason,
                missingDocuments);
        record(dossierId, Step.SUSPENDED, department, join(reason, missingDocuments));
    }

    /**
     * The complete dossier is back: the time limit is counted afresh from now (domain.md, "Processing"; Decree
     * 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP).
     *
     * @return the new due instant
     */
    public Instant resume(long dossierId) {
        Dossier dossier = load(dossierId);
        String department = dossier.currentDepartment();
        OfficeHours hours = officeHours(dossier);
        Instant restart = calendar.receptionInstant(clock.instant(), hours);
        Instant dueAt = calendar.dueAt(restart, procedures.get(dossier.procedureCode()).timeLimit(), hours);
        expectOne(dossiers.restartClock(dossierId, dueAt), dossier);
        supplements.fulfil(dossierId, clock.instant());
        record(dossierId, Step.RESUMED, department, "Hẹn trả kết quả mới: " + dueAt.atZone(calendar.zone()).toOffsetDateTime());
        return dueAt;
    }

    /** The signed result goes to the desk; its timeliness is judged against the original due instant. */
    public void resultReady(long dossierId) {
        resolve(dossierId, DossierStatus.RESULT_READY, Step.RESULT_READY, null);
    }

    /** The dossier does not meet the conditions: returned with written reasons. */
    public void reject(long dossierId, String reason) {
        resolve(dossierId, DossierStatus.REJECTED, Step.REJECTED, reason);
    }

    /** The desk handed the result to the citizen, who may rate the service (1..5). */
    public void returnResult(long dossierId, String receivedBy, Integer satisfaction) {
        Dossier dossier = load(dossierId);
        expectOne(dossiers.recordReturn(dossierId, clock.instant(), receivedBy, satisfaction), dossier);
        record(dossierId, Step.RETURNED, null,
                "Người nhận: " + receivedBy + (satisfaction == null ? "" : "; đánh giá: " + satisfaction + "/5"));
    }

    /** The applicant withdrew the dossier (rút hồ sơ) before its result was ready. */
    public void withdraw(long dossierId, String reason) {
        Dossier dossier = load(dossierId);
        if (!WITHDRAWABLE.contains(dossier.status())) {
            throw new ConflictException("Dossier " + dossier.code() + " is " + dossier.status() + " and can no longer be withdrawn");
        }
        expectOne(dossiers.close(dossierId, dossier.status(), DossierStatus.WITHDRAWN, clock.instant()), dossier);
        record(dossierId, Step.WITHDRAWN, dossier.currentDepartment(), reason);
    }

    /** Writes one line of the timeline, as the person now acting. */
    public void record(long dossierId, Step step, String department, String note) {
        DossierEvent event = new DossierEvent(null, dossierId, clock.instant(), step.name(), CurrentStaff.actorName(),
                department, note);
        events.insert(event);
        publisher.publishEvent(new DossierStepRecorded(event));
    }

    private void resolve(long dossierId, DossierStatus to, Step step, String note) {
        Dossier dossier = load(dossierId);
        Instant now = clock.instant();
        Timeliness timeliness = Timeliness.of(now, dossier.dueAt(), calendar.zone());
        expectOne(dossiers.resolve(dossierId, to, now, timeliness), dossier);
        record(dossierId, step, dossier.currentDepartment(), note);
        dossiers.moveTo(dossierId, null);
    }

    private OfficeHours officeHours(Dossier dossier) {
        return office.unit(dossier.unitCode()).officeHours();
    }

    private Dossier load(long dossierId) {
        Dossier dossier = dossiers.findById(dossierId);
        if (dossier == null) {
            throw new NotFoundException("Unknown dossier " + dossierId);
        }
        return dossier;
    }

    private static void expectOne(int updated, Dossier dossier) {
        if (updated != 1) {
            throw new ConflictException("Dossier " + dossier.code() + " is " + dossier.status() + "; this step does not apply");
        }
    }

    private static String join(String reason, String missingDocuments) {
        return missingDocuments == null || missingDocuments.isBlank() ? reason : reason + " — Cần bổ sung: " + missingDocuments;
    }
}
