package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.deadline.Deadline;
import vn.motcua.deadline.Timeliness;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentStaff;
import vn.motcua.security.Staff;

/**
 * The state changes of a dossier, each with its timeline line. The BPMN delegates call these from inside the
 * engine's command, so the dossier row, the timeline and the engine state commit together or not at all.
 *
 * <p>Every step locks the dossier row before it writes anything of the dossier: steps on one dossier (two handlers,
 * a handler and a timer) then queue one behind the other. Without it they deadlock on InnoDB, where inserting a
 * timeline line takes a shared lock on the dossier row (the foreign key) and updating the row then wants an
 * exclusive one.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DossierLifecycle {

    private static final EnumSet<DossierStatus> WITHDRAWABLE = EnumSet.of(
            DossierStatus.SUBMITTED,
            DossierStatus.AWAITING_SUPPLEMENT,
            DossierStatus.PROCESSING,
            DossierStatus.SUSPENDED);

    /** Decree 61/2018/NĐ-CP (as amended by Decree 107/2021/NĐ-CP), Art. 19: a supplement is asked for within 3 working days of receipt. */
    static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 3;

    private final DossierMapper dossiers;
    private final DossierLocks locks;
    private final HandoverMapper handovers;
    private final ApologyMapper apologies;
    private final DossierAgencyMapper agencies;
    private final TimelineWrites timeline;
    private final SupplementRequestMapper supplements;
    private final ProcedureCatalog procedures;
    private final OfficeDirectory office;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    DossierLifecycle(
            DossierMapper dossiers,
            DossierLocks locks,
            HandoverMapper handovers,
            ApologyMapper apologies,
            DossierAgencyMapper agencies,
            TimelineWrites timeline,
            SupplementRequestMapper supplements,
            ProcedureCatalog procedures,
            OfficeDirectory office,
            WorkingCalendar calendar,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.dossiers = dossiers;
        this.locks = locks;
        this.handovers = handovers;
        this.apologies = apologies;
        this.agencies = agencies;
        this.timeline = timeline;
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
     * @return the appointment and the moment an apology falls due
     */
    public Deadline receive(long dossierId) {
        Dossier dossier = load(dossierId);
        OfficeHours hours = officeHours(dossier);
        Instant receivedAt = calendar.receptionInstant(clock.instant(), hours);
        Procedure procedure = procedureOf(dossier);
        PaymentMethod.checked(dossier.paymentMethod(), procedure, true);
        Instant dueAt = calendar.dueAt(receivedAt, procedure.timeLimit(), hours);
        expectOne(
                dossiers.receive(
                        dossierId,
                        receivedAt,
                        receivedAt.atZone(calendar.zone()).toLocalDate(),
                        dueAt),
                dossier);
        keepNamesOfReceipt(dossier);
        record(
                dossierId,
                Step.RECEIVED,
                null,
                "Hẹn trả kết quả: " + dueAt.atZone(calendar.zone()).toOffsetDateTime()
                        + undecidedHolidays(receivedAt, dueAt));
        return deadline(dossier, receivedAt, dueAt);
    }

    /**
     * The desk chose how the fee is paid as it completed the check of a dossier not yet received (the online path);
     * {@code null} keeps what the intake gave. A dossier with a fee and no method is refused before the engine runs
     * (400 naming {@code paymentMethod}), as {@link #receive} would refuse it.
     */
    public void paymentAtCheck(long dossierId, PaymentMethod chosen) {
        Dossier dossier = load(dossierId);
        Procedure procedure = procedures.get(dossier.procedureCode());
        PaymentMethod payment =
                PaymentMethod.checked(chosen != null ? chosen : dossier.paymentMethod(), procedure, true);
        if (payment != dossier.paymentMethod()) {
            expectOne(dossiers.choosePayment(dossierId, payment), dossier);
        }
    }

    /**
     * A limit that runs into a year whose holidays the government has not yet decided is counted over the statutory
     * days alone (Labour Code 2019, Art. 112); the timeline says so, as the appointment may move the day the
     * decision swaps days.
     */
    private String undecidedHolidays(Instant from, Instant dueAt) {
        Set<Integer> years = calendar.undecidedYears(
                from.atZone(calendar.zone()).toLocalDate(),
                dueAt.atZone(calendar.zone()).toLocalDate());
        return years.stream()
                .map(year -> " — lịch nghỉ năm " + year + " chưa có quyết định hoán đổi, hạn tính theo"
                        + " các ngày nghỉ luật định")
                .collect(Collectors.joining());
    }

    /**
     * The candidate group of the templates' tasks ({@code processes/Handle*.bpmn}): the agency of the dossier's chain
     * whose turn it is, with the role suffix ({@code AGENCY:APPROVER} for its approver).
     */
    public static final String AGENCY_GROUP = "AGENCY";

    /**
     * The candidate group a task of this dossier goes to, from the group its model names: the desk of the unit where
     * the citizen was helped; for {@link #AGENCY_GROUP}, the department of the agency at {@code agencyPosition} of the
     * dossier's chain (1 the first), or without one the department that holds the dossier (else the first agency's);
     * or the department of the dossier's agency chain that does what the model's group names (a kind such as
     * {@code TC-KH}, with its role suffix).
     */
    public String groupFor(long dossierId, String modelGroup, Integer agencyPosition) {
        Dossier dossier = load(dossierId);
        if (Staff.DESK_GROUP.equals(modelGroup)) {
            return Staff.deskGroup(dossier.helpedUnitCode() == null ? dossier.unitCode() : dossier.helpedUnitCode());
        }
        int colon = modelGroup.indexOf(':');
        String kind = colon < 0 ? modelGroup : modelGroup.substring(0, colon);
        String suffix = colon < 0 ? "" : modelGroup.substring(colon);
        if (AGENCY_GROUP.equals(kind)) {
            List<DossierAgency> chain = agencies.chain(dossierId);
            if (agencyPosition != null && agencyPosition >= 1 && agencyPosition <= chain.size()) {
                return chain.get(agencyPosition - 1).departmentCode() + suffix;
            }
            if (dossier.currentDepartment() != null) {
                return dossier.currentDepartment() + suffix;
            }
            return chain.isEmpty() ? modelGroup : chain.get(0).departmentCode() + suffix;
        }
        return agencies.chain(dossierId).stream()
                .filter(agency -> agency.departmentKind().equals(kind))
                .findFirst()
                .map(agency -> agency.departmentCode() + suffix)
                .orElse(modelGroup);
    }

    /** The key of the process that handles the dossier: its procedure's template, or own model, as registered. */
    public String handlingProcess(long dossierId) {
        return procedureOf(load(dossierId)).processKey();
    }

    /** How many agencies handle the dossier in turn: its chain as registered. */
    public int agencyCount(long dossierId) {
        return agencies.chain(dossierId).size();
    }

    /** Before receipt: one request that names everything missing (Mẫu 02); no clock runs. */
    public void requestSupplementAtDesk(long dossierId, String reason, String missingDocuments) {
        Dossier dossier = load(dossierId);
        expectOne(
                dossiers.changeStatus(
                        dossierId, EnumSet.of(DossierStatus.SUBMITTED), DossierStatus.AWAITING_SUPPLEMENT),
                dossier);
        supplements.insert(
                dossierId, "DESK", clock.instant(), CurrentStaff.actorName(), null, reason, missingDocuments);
        record(dossierId, Step.SUPPLEMENT_REQUESTED, null, join(reason, missingDocuments));
    }

    /** The citizen brought what the desk asked for: the dossier goes back to the completeness check. */
    public void supplementArrivedAtDesk(long dossierId) {
        Dossier dossier = load(dossierId);
        expectOne(
                dossiers.changeStatus(
                        dossierId, EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT), DossierStatus.SUBMITTED),
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

    /**
     * A task opened: the dossier is now held by its department (or the desk, {@code null}). Moving to another
     * department or agency is a hand-over: the control sheet closes the giver's stay, judged against its share of
     * the time limit, and opens the taker's with its own share (liên thông procedures).
     */
    public void arrivedAt(long dossierId, String department, String taskName) {
        Dossier dossier = load(dossierId);
        if (department != null && !department.equals(dossier.currentDepartment())) {
            handOver(dossier, department);
        }
        if (!Objects.equals(department, dossier.currentDepartment())) {
            dossiers.moveTo(dossierId, department);
        }
        record(dossierId, Step.ASSIGNED, department, taskName);
    }

    /** The control sheet's rows for a dossier, in order. */
    public List<Handover> handovers(long dossierId) {
        return handovers.all(dossierId);
    }

    /**
     * A handler found the dossier incomplete: it is returned to the citizen with a notice naming everything
     * needed, and waits (SUSPENDED).
     */
    public void suspend(long dossierId, String reason, String missingDocuments) {
        Dossier dossier = load(dossierId);
        String department = dossier.currentDepartment();
        expectOne(
                dossiers.changeStatus(dossierId, EnumSet.of(DossierStatus.PROCESSING), DossierStatus.SUSPENDED),
                dossier);
        supplements.insert(
                dossierId, "HANDLING", clock.instant(), CurrentStaff.actorName(), department, reason, missingDocuments);
        OfficeHours hours = officeHours(dossier);
        Duration held = calendar.workingTimeBetween(dossier.receivedAt(), clock.instant(), hours);
        String warning = held.compareTo(hours.workingDays(SUPPLEMENT_NOTICE_WORKING_DAYS)) > 0
                ? "CẢNH BÁO: yêu cầu bổ sung quá 3 ngày làm việc kể từ ngày tiếp nhận. "
                : "";
        record(dossierId, Step.SUSPENDED, department, warning + join(reason, missingDocuments));
    }

    /**
     * The complete dossier is back: the time limit is counted afresh from now (docs/domain.md, "Lifecycle"; Decree
     * 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP).
     *
     * @return the new appointment and apology point
     */
    public Deadline resume(long dossierId) {
        Dossier dossier = load(dossierId);
        String department = dossier.currentDepartment();
        OfficeHours hours = officeHours(dossier);
        Instant restart = calendar.receptionInstant(clock.instant(), hours);
        Instant dueAt = calendar.dueAt(restart, procedureOf(dossier).timeLimit(), hours);
        expectOne(dossiers.restartClock(dossierId, dueAt), dossier);
        supplements.fulfil(dossierId, clock.instant());
        Handover stay = handovers.open(dossierId);
        if (stay != null) {
            handovers.restartShare(stay.id(), shareDue(dossier, stay.position(), restart, dueAt));
        }
        record(
                dossierId,
                Step.RESUMED,
                department,
                "Hẹn trả kết quả mới: " + dueAt.atZone(calendar.zone()).toOffsetDateTime()
                        + undecidedHolidays(restart, dueAt));
        return deadline(dossier, restart, dueAt);
    }

    /**
     * The apology point was reached with the dossier still in handling: the department that holds it must write
     * the apology (Decree 61/2018/NĐ-CP, Art. 19; docs/domain.md, "Lifecycle"), and its supervisors see it on
     * the overdue board from now on.
     *
     * @return the candidate group that must apologise: the department, or the desk where the dossier is handled at
     *     the desk (the {@code AT_DESK} template)
     */
    public String apologyDue(long dossierId) {
        Dossier dossier = load(dossierId);
        record(
                dossierId,
                Step.APOLOGY_DUE,
                dossier.currentDepartment(),
                "Sắp quá hạn " + dossier.dueAt().atZone(calendar.zone()).toOffsetDateTime() + ": cần phiếu xin lỗi");
        if (dossier.currentDepartment() == null) {
            return Staff.deskGroup(dossier.helpedUnitCode() == null ? dossier.unitCode() : dossier.helpedUnitCode());
        }
        return dossier.currentDepartment();
    }

    /**
     * Records the apology letter and its new appointment (Mẫu 04). The appointment may be moved once; the new one
     * must be a working time after the original, which stays the yardstick of timeliness.
     */
    public Apology issueApology(long dossierId, String reason, Instant newDueAt) {
        Dossier dossier = load(dossierId);
        if (!DossierStatus.IN_HANDLING.contains(dossier.status())) {
            throw new ConflictException(
                    "Dossier " + dossier.code() + " is " + dossier.status() + "; no apology applies");
        }
        if (apologies.find(dossierId) != null) {
            throw new ConflictException(
                    "An apology was already issued for " + dossier.code() + "; the appointment may be moved only once");
        }
        if (newDueAt == null
                || !newDueAt.isAfter(dossier.dueAt())
                || !calendar.receptionInstant(newDueAt, officeHours(dossier)).equals(newDueAt)) {
            throw new InvalidFieldException(
                    "newDueAt",
                    "must be a working time after the original appointment "
                            + dossier.dueAt().atZone(calendar.zone()).toOffsetDateTime());
        }
        Apology apology = new Apology(
                dossierId,
                clock.instant(),
                CurrentStaff.actorName(),
                dossier.currentDepartment(),
                reason,
                dossier.dueAt(),
                newDueAt);
        apologies.insert(apology);
        expectOne(dossiers.reschedule(dossierId, newDueAt), dossier);
        record(
                dossierId,
                Step.APOLOGY_ISSUED,
                dossier.currentDepartment(),
                reason + " — Hẹn lại: " + newDueAt.atZone(calendar.zone()).toOffsetDateTime());
        return apology;
    }

    /**
     * The original due instant passed with the dossier still in handling: it is overdue (đang giải quyết quá
     * hạn), and flagged when no apology was issued before it (the failure the provincial reports name first).
     */
    public void overdue(long dossierId) {
        Dossier dossier = load(dossierId);
        if (dossier.status() != DossierStatus.PROCESSING) {
            return;
        }
        boolean apologyMissing = apologies.find(dossierId) == null;
        dossiers.markOverdue(dossierId, clock.instant(), apologyMissing);
        record(
                dossierId,
                Step.OVERDUE,
                dossier.currentDepartment(),
                apologyMissing ? "Quá hạn, CHƯA có phiếu xin lỗi" : "Quá hạn, đã có phiếu xin lỗi và hẹn lại");
    }

    public Apology apology(long dossierId) {
        return apologies.find(dossierId);
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
        // Who took the result is personal data: it stays in the dossier row (returned_to), which the retention rule
        // erases, and not on the append-only timeline.
        record(dossierId, Step.RETURNED, null, satisfaction == null ? null : "Đánh giá: " + satisfaction + "/5");
    }

    /** The applicant withdrew the dossier (rút hồ sơ) before its result was ready. */
    public void withdraw(long dossierId, String reason) {
        Dossier dossier = load(dossierId);
        checkWithdrawable(dossier);
        expectOne(dossiers.close(dossierId, dossier.status(), DossierStatus.WITHDRAWN, clock.instant()), dossier);
        record(dossierId, Step.WITHDRAWN, dossier.currentDepartment(), reason);
    }

    /** Refuses to withdraw or stop a dossier that is decided (result ready, returned, rejected) or closed. */
    public void checkWithdrawable(Dossier dossier) {
        if (!WITHDRAWABLE.contains(dossier.status())) {
            throw new ConflictException(
                    "Dossier " + dossier.code() + " is " + dossier.status() + " and can no longer be withdrawn");
        }
    }

    /**
     * Takes the row lock of the dossier (by its code, the business key of its processes), once per transaction, and
     * answers its id: ahead of an engine command that will step it, so that steps on one dossier queue here, before
     * the engine has read what they would race on; and in the delegates and task listeners, which know their dossier
     * by their process instance's business key.
     *
     * @return the dossier's id
     */
    public long lockForStep(String dossierCode) {
        return locks.lock(dossierCode);
    }

    /** Writes one line of the timeline, as the person now acting. */
    public void record(long dossierId, Step step, String department, String note) {
        locks.lock(dossierId);
        DossierEvent event = new DossierEvent(
                null,
                dossierId,
                clock.instant(),
                step.name(),
                CurrentStaff.actorName(),
                department,
                note,
                step.rule() == null
                        ? null
                        : load(dossierId).ruleSet(calendar.zone()).basis(step.rule()));
        timeline.append(event);
        publisher.publishEvent(new DossierStepRecorded(event));
    }

    private void resolve(long dossierId, DossierStatus to, Step step, String note) {
        Dossier dossier = load(dossierId);
        Instant now = notBeforeReceipt(dossier, clock.instant());
        Timeliness timeliness = Timeliness.of(now, dossier.dueAt(), calendar.zone());
        expectOne(dossiers.resolve(dossierId, to, now, timeliness), dossier);
        Handover stay = handovers.open(dossierId);
        if (stay != null) {
            handovers.close(stay.id(), now, CurrentStaff.actorName(), judge(now, stay.shareDueAt()));
        }
        record(dossierId, step, dossier.currentDepartment(), note);
        dossiers.moveTo(dossierId, null);
    }

    private void handOver(Dossier dossier, String department) {
        Instant now = notBeforeReceipt(dossier, clock.instant());
        Handover giver = handovers.open(dossier.id());
        if (giver != null) {
            handovers.close(giver.id(), now, CurrentStaff.actorName(), judge(now, giver.shareDueAt()));
        }
        int position = giver == null ? 1 : giver.position() + 1;
        handovers.start(
                dossier.id(),
                position,
                department,
                now,
                CurrentStaff.actorName(),
                shareDue(dossier, position, now, dossier.dueAt()));
        record(dossier.id(), Step.HANDED_OVER, department, handOverNote(dossier, giver, department));
    }

    /**
     * "From → to" on the timeline; a hand-over between units names both, as the control sheet does when a desk
     * receives a dossier that another unit resolves.
     */
    private String handOverNote(Dossier dossier, Handover giver, String department) {
        Map<String, DossierAgency> byDepartment = new HashMap<>();
        agencies.chain(dossier.id()).forEach(a -> byDepartment.putIfAbsent(a.departmentCode(), a));
        DossierAgency taker = byDepartment.get(department);
        String from;
        String fromUnit;
        if (giver == null) {
            from = "Bộ phận một cửa";
            fromUnit = dossier.receivingUnitCode();
        } else {
            DossierAgency given = byDepartment.get(giver.departmentCode());
            from = giver.departmentCode();
            fromUnit = given == null ? null : given.unitCode();
        }
        String toUnit = taker == null ? null : taker.unitCode();
        if (fromUnit == null || toUnit == null || fromUnit.equals(toUnit)) {
            return from + " → " + department;
        }
        String fromName = giver == null
                ? dossier.receivingUnitName()
                : byDepartment.get(giver.departmentCode()).unitName();
        return from + " (" + fromName + ") → " + department + " (" + taker.unitName() + ")";
    }

    /**
     * The instant a step of the control sheet or a result is dated: now, but never before the receipt. A dossier
     * that arrived outside office hours is received at the start of the next working period (Sunday's is received
     * Monday 08:00, {@link WorkingCalendar#receptionInstant}); its hand-over to the department, and a result a
     * department signs before that, happen for the law at the receipt, not before it.
     */
    private static Instant notBeforeReceipt(Dossier dossier, Instant now) {
        Instant receivedAt = dossier.receivedAt();
        return receivedAt != null && now.isBefore(receivedAt) ? receivedAt : now;
    }

    /** The agency's own due: its share of the limit from when it took the dossier, or the dossier's due. */
    private Instant shareDue(Dossier dossier, int position, Instant from, Instant dossierDue) {
        List<DossierAgency> chain = agencies.chain(dossier.id());
        DossierAgency agency = position <= chain.size() ? chain.get(position - 1) : null;
        if (agency == null || (agency.shareDays() == null && agency.shareHours() == null)) {
            return dossierDue;
        }
        OfficeHours hours = officeHours(dossier);
        Duration share = agency.shareDays() != null
                ? hours.workingDays(agency.shareDays())
                : Duration.ofHours(agency.shareHours());
        Instant due = calendar.addWorkingTime(from, share, hours);
        return dossierDue != null && due.isAfter(dossierDue) ? dossierDue : due;
    }

    private Timeliness judge(Instant at, Instant due) {
        return due == null ? null : Timeliness.of(at, due, calendar.zone());
    }

    /** The due instant of a limit counted from {@code from}, and the apology point that goes with it. */
    private Deadline deadline(Dossier dossier, Instant from, Instant dueAt) {
        Unit unit = office.unit(dossier.unitCode());
        return Deadline.counted(from, dueAt, unit.apologyLead(), unit.officeHours(), calendar);
    }

    /**
     * A dossier keeps the names its units had when it was received (docs/domain.md, "Units and departments
     * change"): an online dossier's were taken at its submission, and a unit may have been renamed since.
     */
    private void keepNamesOfReceipt(Dossier dossier) {
        String receiving = dossier.receivingUnitCode() == null ? dossier.unitCode() : dossier.receivingUnitCode();
        String receivingName = office.unit(receiving).name();
        String unitName = office.unit(dossier.unitCode()).name();
        if (!receivingName.equals(dossier.receivingUnitName()) || !unitName.equals(dossier.unitName())) {
            dossiers.keepUnitNames(dossier.id(), receivingName, unitName);
        }
    }

    /** The version of its procedure the dossier was registered under: a later version changes nothing of it. */
    private Procedure procedureOf(Dossier dossier) {
        return procedures.asRegistered(dossier.procedureCode(), dossier.procedureVersionId());
    }

    private OfficeHours officeHours(Dossier dossier) {
        return office.unit(dossier.unitCode()).officeHours();
    }

    private Dossier load(long dossierId) {
        return locks.row(dossierId);
    }

    private static void expectOne(int updated, Dossier dossier) {
        if (updated != 1) {
            throw new ConflictException(
                    "Dossier " + dossier.code() + " is " + dossier.status() + "; this step does not apply");
        }
    }

    private static String join(String reason, String missingDocuments) {
        return missingDocuments == null || missingDocuments.isBlank()
                ? reason
                : reason + " — Cần bổ sung: " + missingDocuments;
    }
}
