package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.NotFoundException;
import vn.motcua.dossier.PersonalData.Disclosure;
import vn.motcua.engine.EngineTables;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentStaff;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * Reading dossiers. A handler or approver sees the dossiers whose agency chain passes one of his departments;
 * desk, supervisors and administrators see the whole unit. The applicant's personal data is shown in full only to
 * those whose work needs it ({@link #disclosure}); the others see it masked ({@link PersonalData}).
 */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    private static final int MAX_PAGE_SIZE = 200;
    /** A code no unit or department has: a scope that leaves nothing to see. */
    private static final String NOTHING = "-";

    private final DossierMapper dossiers;
    private final DossierEventMapper events;
    private final ApologyMapper apologies;
    private final HandoverMapper handovers;
    private final DossierAgencyMapper agencies;
    private final ProcedureCatalog procedures;
    private final OfficeDirectory office;
    private final EngineTables engineTables;
    private final Clock clock;
    private final SupplementRequestMapper supplements;

    DossierQueries(
            DossierMapper dossiers,
            DossierEventMapper events,
            ApologyMapper apologies,
            HandoverMapper handovers,
            DossierAgencyMapper agencies,
            ProcedureCatalog procedures,
            OfficeDirectory office,
            EngineTables engineTables,
            Clock clock,
            SupplementRequestMapper supplements) {
        this.supplements = supplements;
        this.office = office;
        this.engineTables = engineTables;
        this.handovers = handovers;
        this.agencies = agencies;
        this.dossiers = dossiers;
        this.events = events;
        this.apologies = apologies;
        this.procedures = procedures;
        this.clock = clock;
    }

    public DossierView view(String code, Staff staff) {
        Dossier dossier = find(code);
        if (!mayRead(staff, dossier)) {
            throw new AccessDeniedException("This dossier belongs to another department");
        }
        return view(dossier, disclosure(staff, dossier));
    }

    /**
     * The applicant in full, for an explicit opening with a reason ({@code POST /api/dossiers/{code}/personal-data},
     * logged by the caller in the same transaction), or {@code ERASED} once the retention rule removed it. Whoever
     * may read the dossier may open it, within his own unit and the units under it; a unit's administrator has no
     * work with applicants and may not.
     *
     * @throws AccessDeniedException for a dossier the caller may not read, or of another unit
     */
    public DossierView.ApplicantView openApplicant(String code, Staff staff) {
        Dossier dossier = find(code);
        if (!mayRead(staff, dossier) || !mayOpen(staff, dossier)) {
            throw new AccessDeniedException("This dossier's personal data is not for your role or unit");
        }
        return PersonalData.applicant(
                dossier, dossier.personalDataErasedAt() != null ? Disclosure.ERASED : Disclosure.FULL);
    }

    /**
     * What of the applicant {@code staff} sees without asking. Law 91/2025/QH15 (Art. 3) allows personal data to be
     * processed only within the purpose it was collected for, here the handling of the dossier: the desk that helped
     * the citizen or received the dossier calls him and hands back the result, and a handler or approver works the
     * task he holds (or that waits for his department unclaimed). Supervisors and administrators watch figures and
     * deadlines, which need no identity number or phone; they open the full record with a reason.
     */
    public Disclosure disclosure(Staff staff, Dossier dossier) {
        if (dossier.personalDataErasedAt() != null) {
            return Disclosure.ERASED;
        }
        boolean needed = switch (staff.role()) {
            case CLERK -> deskOf(dossier).contains(staff.unitCode());
            case HANDLER, APPROVER -> holdsTask(staff, dossier);
            default -> false;
        };
        return needed ? Disclosure.FULL : Disclosure.MASKED;
    }

    /**
     * One page of the dossiers the caller may see that match the filter, newest first: a handler or approver only
     * those whose agency chain passes his departments; anyone else only those his unit, or a unit under it, helped
     * with, received or resolves (the province's root unit and an administrator: all).
     */
    public DossierPage search(DossierFilter filter, int page, int size, Staff staff) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        DossierCriteria criteria = criteria(filter, staff);
        Instant now = clock.instant();
        List<DossierSummary> items = dossiers.search(criteria, now, pageNumber * pageSize, pageSize).stream()
                .map(this::summary)
                .toList();
        return new DossierPage(items, pageNumber, pageSize, dossiers.count(criteria, now));
    }

    /**
     * The dossier whose code this search text is, when the caller may read it: the header's search box opens it
     * at once instead of listing one row.
     */
    public Optional<String> exactCode(String q, Staff staff) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        Dossier dossier = dossiers.findByCode(DossierCodes.normalised(q));
        return dossier != null && mayRead(staff, dossier) ? Optional.of(dossier.code()) : Optional.empty();
    }

    public Dossier byId(long id) {
        Dossier dossier = dossiers.findById(id);
        if (dossier == null) {
            throw new NotFoundException("Unknown dossier " + id);
        }
        return dossier;
    }

    public Dossier find(String code) {
        Dossier dossier = dossiers.findByCode(DossierCodes.normalised(code));
        if (dossier == null) {
            throw new NotFoundException("Unknown dossier " + code);
        }
        return dossier;
    }

    /** A dossier the caller may read (403 otherwise, 404 when unknown): its files follow the same rule. */
    public Dossier readable(String code, Staff staff) {
        Dossier dossier = find(code);
        if (!mayRead(staff, dossier)) {
            throw new AccessDeniedException("This dossier belongs to another department");
        }
        return dossier;
    }

    /** The documents the dossier's open supplement request asks for (none when it waits for no supplement). */
    public List<String> awaitedDocuments(long dossierId) {
        String joined = supplements.openMissingDocuments(dossierId);
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        // TaskCompletion joins the request's list with "; " for the row and the timeline.
        return Arrays.stream(joined.split(";"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }

    /** The names of a dossier's documents (components), in order. */
    public List<String> documentNames(long dossierId) {
        return dossiers.documents(dossierId).stream().map(DossierDocument::name).toList();
    }

    /**
     * The dossier the citizen's lookup finds: only where the last digits of the phone match, and the same 404
     * otherwise, whether the code is unknown or the digits wrong.
     */
    public Dossier lookupDossier(String code, String phoneDigits) {
        Dossier dossier = code == null ? null : dossiers.findByCode(DossierCodes.normalised(code));
        if (dossier == null
                || phoneDigits == null
                || phoneDigits.length() < 4
                || !dossier.applicantPhone().endsWith(phoneDigits)) {
            throw new NotFoundException("No dossier matches this code and phone number");
        }
        return dossier;
    }

    /** The citizen's lookup: only where the last digits of the phone match, and the same answer otherwise. */
    public PublicDossierView lookup(String code, String phoneDigits) {
        Dossier dossier = lookupDossier(code, phoneDigits);
        return new PublicDossierView(
                dossier.code(),
                procedures
                        .asRegistered(dossier.procedureCode(), dossier.procedureVersionId())
                        .name(),
                dossier.status(),
                offset(dossier.receivedAt()),
                offset(dossier.dueAt()),
                offset(dossier.rescheduledDueAt()),
                offset(dossier.resultReadyAt()),
                publicApology(dossier));
    }

    /** The citizen is told of the apology and the new date, not of the reason the department wrote for the desk. */
    private PublicDossierView.Delay publicApology(Dossier dossier) {
        DossierView.ApologyView apology = apology(dossier);
        return apology == null
                ? null
                : new PublicDossierView.Delay(apology.issuedAt(), offset(dossier.dueAt()), apology.newDueAt());
    }

    /** The dossier after a desk's step, as the clerk who took it sees it. */
    DossierView view(Dossier dossier) {
        return view(dossier, CurrentStaff.get().map(s -> disclosure(s, dossier)).orElse(Disclosure.FULL));
    }

    private DossierView view(Dossier dossier, Disclosure disclosure) {
        List<DossierView.TimelineEntry> timeline = events.timeline(dossier.id()).stream()
                .map(e -> new DossierView.TimelineEntry(
                        offset(e.at()),
                        e.step(),
                        e.actor(),
                        e.departmentCode(),
                        PersonalData.timelineNote(e.step(), e.note(), disclosure),
                        e.legalBasis()))
                .toList();
        Procedure procedure = procedures.asRegistered(dossier.procedureCode(), dossier.procedureVersionId());
        return new DossierView(
                dossier.code(),
                dossier.procedureCode(),
                procedure.name(),
                dossier.procedureVersionId() == null ? null : procedure.versionNo(),
                dossier.channel(),
                PersonalData.applicant(dossier, disclosure),
                dossier.status(),
                offset(dossier.submittedAt()),
                offset(dossier.receivedAt()),
                offset(dossier.dueAt()),
                offset(dossier.rescheduledDueAt()),
                offset(dossier.resultReadyAt()),
                offset(dossier.returnedAt()),
                dossier.currentDepartment(),
                places(dossier),
                dossier.ruleSet(clock.getZone()),
                dossier.isOverdue(clock),
                dossier.timeliness(),
                apology(dossier),
                dossier.paymentMethod(),
                dossier.fee(),
                dossier.satisfaction(),
                dossiers.documents(dossier.id()),
                controlSheet(dossier),
                timeline);
    }

    private List<DossierView.ControlSheetRow> controlSheet(Dossier dossier) {
        Map<String, DossierAgency> agencyOf = new HashMap<>();
        agencies.chain(dossier.id()).forEach(a -> agencyOf.putIfAbsent(a.departmentCode(), a));
        return handovers.all(dossier.id()).stream()
                .map(h -> new DossierView.ControlSheetRow(
                        h.position(),
                        h.departmentCode(),
                        agencyOf.containsKey(h.departmentCode())
                                ? agencyOf.get(h.departmentCode()).departmentName()
                                : null,
                        agencyOf.containsKey(h.departmentCode())
                                ? agencyOf.get(h.departmentCode()).unitCode()
                                : null,
                        agencyOf.containsKey(h.departmentCode())
                                ? agencyOf.get(h.departmentCode()).unitName()
                                : null,
                        offset(h.takenAt()),
                        h.takenFrom(),
                        offset(h.shareDueAt()),
                        offset(h.handedAt()),
                        h.handedBy(),
                        h.timeliness()))
                .toList();
    }

    private DossierView.Places places(Dossier dossier) {
        String helped = dossier.helpedUnitCode() == null ? dossier.unitCode() : dossier.helpedUnitCode();
        String receiving = dossier.receivingUnitCode() == null ? dossier.unitCode() : dossier.receivingUnitCode();
        return new DossierView.Places(
                new DossierView.Place(
                        helped,
                        helped.equals(receiving)
                                ? dossier.receivingUnitName()
                                : office.findUnit(helped).map(Unit::name).orElse(null)),
                new DossierView.Place(receiving, dossier.receivingUnitName()),
                new DossierView.Place(dossier.unitCode(), dossier.unitName()));
    }

    private DossierView.ApologyView apology(Dossier dossier) {
        // An apology always moves the appointment (DossierLifecycle.issueApology): without a new one, there is none.
        if (dossier.rescheduledDueAt() == null) {
            return null;
        }
        Apology apology = apologies.find(dossier.id());
        return apology == null
                ? null
                : new DossierView.ApologyView(offset(apology.issuedAt()), apology.reason(), offset(apology.newDueAt()));
    }

    private DossierSummary summary(Dossier d) {
        return new DossierSummary(
                d.code(),
                d.procedureCode(),
                d.applicantFullName(),
                d.channel(),
                d.status(),
                offset(d.receivedAt()),
                offset(d.dueAt()),
                d.currentDepartment(),
                d.isOverdue(clock),
                d.timeliness(),
                procedures.find(d.procedureCode()).map(Procedure::name).orElse(d.procedureCode()),
                new DossierSummary.Applicant(d.applicantFullName()),
                offset(d.submittedAt()),
                offset(d.rescheduledDueAt()));
    }

    /** The units of the desk: where the citizen was helped and the desk that officially received the dossier. */
    private static Set<String> deskOf(Dossier dossier) {
        Set<String> desk = new HashSet<>();
        desk.add(dossier.helpedUnitCode() == null ? dossier.unitCode() : dossier.helpedUnitCode());
        desk.add(dossier.receivingUnitCode() == null ? dossier.unitCode() : dossier.receivingUnitCode());
        return desk;
    }

    /** An open task of the dossier offered to his groups, his own or not yet claimed by anyone. */
    private boolean holdsTask(Staff staff, Dossier dossier) {
        List<String> groups = staff.candidateGroups();
        return !groups.isEmpty()
                && engineTables.openTasksOfferedTo(groups, dossier.code(), 20).stream()
                        .anyMatch(t -> t.assignee() == null || t.assignee().equals(staff.username()));
    }

    /** An opening stays within the caller's unit and those under it; the administrator's is the whole province. */
    private boolean mayOpen(Staff staff, Dossier dossier) {
        if (staff.hasRole(Role.ADMIN) || departmentScoped(staff)) {
            return true;
        }
        if (!staff.hasRole(Role.CLERK) && !staff.hasRole(Role.SUPERVISOR)) {
            return false;
        }
        Set<String> units = office.unitAndItsUnits(staff.unitCode());
        return units.contains(dossier.unitCode()) || deskOf(dossier).stream().anyMatch(units::contains);
    }

    private boolean mayRead(Staff staff, Dossier dossier) {
        if (departmentScoped(staff)) {
            return agencies.chain(dossier.id()).stream()
                    .anyMatch(agency -> staff.departments().contains(agency.departmentCode()));
        }
        if (wholeProvince(staff)) {
            return true;
        }
        Set<String> mine = office.unitAndItsUnits(staff.unitCode());
        return mine.contains(dossier.unitCode())
                || mine.contains(orElse(dossier.receivingUnitCode(), dossier.unitCode()))
                || mine.contains(orElse(dossier.helpedUnitCode(), dossier.unitCode()));
    }

    /** The filter with the search text read and the caller's scope added (see {@link #search}). */
    private DossierCriteria criteria(DossierFilter filter, Staff staff) {
        Set<String> departments = filter.departments();
        Set<String> units = filter.unitCode() == null ? null : Set.of(filter.unitCode());
        if (departmentScoped(staff)) {
            departments = staff.departments().isEmpty() ? Set.of(NOTHING) : staff.departments();
        } else if (!wholeProvince(staff)) {
            Set<String> mine = office.unitAndItsUnits(staff.unitCode());
            units = units == null ? mine : units.stream().anyMatch(mine::contains) ? units : Set.of(NOTHING);
        }
        SearchText text = SearchText.of(filter.q());
        return new DossierCriteria(
                text.codePrefix(),
                text.digits(),
                text.namePrefix(),
                filter.status(),
                filter.overdue(),
                filter.dueBefore(),
                blankToNull(filter.department()),
                blankToNull(filter.procedureCode()),
                filter.channel(),
                filter.receivedFrom(),
                filter.receivedTo(),
                filter.dueFrom() == null
                        ? null
                        : filter.dueFrom().atStartOfDay(clock.getZone()).toInstant(),
                filter.dueTo() == null
                        ? null
                        : filter.dueTo()
                                .plusDays(1)
                                .atStartOfDay(clock.getZone())
                                .toInstant(),
                units,
                departments);
    }

    private static boolean departmentScoped(Staff staff) {
        return staff.hasRole(Role.HANDLER) || staff.hasRole(Role.APPROVER);
    }

    private boolean wholeProvince(Staff staff) {
        return staff.hasRole(Role.ADMIN) || office.isRoot(staff.unitCode());
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
