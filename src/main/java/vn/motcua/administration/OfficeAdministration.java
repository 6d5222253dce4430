package vn.motcua.administration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.office.UnitKind;
import vn.motcua.security.CurrentStaff;

/**
 * Units and departments set up through the API and the admin pages (docs/api.md, "Administration"). Every change
 * is written with its administration log entry in one transaction, and the office directory reads it afresh once it
 * commits, so a new unit's office hours drive the due dates of the next dossier it receives. A rename or merge keeps
 * the old name in the history (docs/domain.md, "Units and departments change"); a dossier keeps the names it was
 * received under.
 */
@Service
public class OfficeAdministration {

    static final String UNIT = "UNIT";
    static final String DEPARTMENT = "DEPARTMENT";

    private final AdministrationMapper mapper;
    private final OfficeDirectory office;
    private final AdministrationLog log;
    private final Clock clock;

    OfficeAdministration(AdministrationMapper mapper, OfficeDirectory office, AdministrationLog log, Clock clock) {
        this.mapper = mapper;
        this.office = office;
        this.log = log;
        this.clock = clock;
    }

    // --- Units ------------------------------------------------------------------------------------------------

    /** The units the caller may set up: every unit for the province's administrator, his own for a unit's. */
    @Transactional(readOnly = true)
    public List<UnitView> units() {
        AdminScope scope = AdminScope.current();
        Map<String, List<HistoryEntry>> history = history(UNIT);
        return office.units().stream()
                .filter(u -> scope.covers(u.code()))
                .map(u -> UnitView.of(u, history.getOrDefault(u.code(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public UnitView unit(String code) {
        AdminScope scope = AdminScope.current();
        Unit unit = office.unit(code);
        scope.requireUnit(code);
        return UnitView.of(unit, history(UNIT).getOrDefault(code, List.of()));
    }

    @Transactional
    public UnitView createUnit(UnitRequest request) {
        AdminScope.current().requireProvince("create a unit");
        if (request.code() == null) {
            throw new InvalidFieldException("code", "must not be blank");
        }
        if (office.findUnit(request.code()).isPresent()) {
            throw new ConflictException("Unit " + request.code() + " exists already");
        }
        AdministrationMapper.UnitRow row = unitRow(request.code(), request, null);
        mapper.insertUnit(row);
        office.changed();
        UnitView after = view(row, null);
        log.record("UNIT_CREATED", row.code(), null, after);
        return after;
    }

    /**
     * Changes a unit. A new name keeps the old one in the history. A unit's administrator may change only his own
     * unit's office hours and apology lead time.
     */
    @Transactional
    public UnitView updateUnit(String code, UnitRequest request) {
        AdminScope scope = AdminScope.current();
        Unit unit = office.unit(code);
        scope.requireUnit(code);
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidFieldException("code", "cannot change; create a unit and merge this one into it");
        }
        if (unit.merged()) {
            throw new ConflictException("Unit " + code + " was merged into " + unit.mergedInto());
        }
        AdministrationMapper.UnitRow row = unitRow(code, request, unit);
        if (!scope.province()
                && (!row.name().equals(unit.name())
                        || !row.agencyCode().equals(unit.agencyCode())
                        || !row.kind().equals(unit.kind().name())
                        || !Objects.equals(row.parentCode(), unit.parentCode()))) {
            throw new AccessDeniedException("A unit's administrator changes only its office hours and apology lead");
        }
        UnitView before = UnitView.of(unit, null);
        if (!row.name().equals(unit.name()) || !row.agencyCode().equals(unit.agencyCode())) {
            mapper.insertHistory(new AdministrationMapper.HistoryRow(
                    UNIT,
                    code,
                    unit.name(),
                    unit.agencyCode(),
                    null,
                    clock.instant(),
                    "RENAMED",
                    null,
                    CurrentStaff.actorName()));
        }
        mapper.updateUnit(row);
        office.changed();
        UnitView after = view(row, null);
        log.record("UNIT_UPDATED", code, before, after);
        return after;
    }

    /**
     * Merges a unit into another (a reorganisation of communes, say). The merged unit keeps its dossiers, its
     * departments finish the ones they hold, and it is placed under its successor, whose supervisors then watch
     * them; it receives nothing new. Its figures stay its own: the indicators count a dossier for the unit that
     * resolved it, so nothing is re-filed and no rebuild is needed.
     */
    @Transactional
    public UnitView mergeUnit(String code, String target) {
        AdminScope.current().requireProvince("merge units");
        Unit unit = office.unit(code);
        Unit successor = office.findUnit(target)
                .orElseThrow(() -> new InvalidFieldException("target", "unknown unit " + target));
        if (unit.merged()) {
            throw new ConflictException("Unit " + code + " was merged into " + unit.mergedInto() + " already");
        }
        if (successor.merged()
                || code.equals(target)
                || office.unitAndItsUnits(code).contains(target)) {
            throw new InvalidFieldException("target", "must be another unit, not merged, not under " + code);
        }
        if (unit.parentCode() == null) {
            throw new InvalidFieldException("code", "the province's root cannot be merged");
        }
        Instant now = clock.instant();
        UnitView before = UnitView.of(unit, null);
        mapper.insertHistory(new AdministrationMapper.HistoryRow(
                UNIT, code, unit.name(), unit.agencyCode(), null, now, "MERGED", target, CurrentStaff.actorName()));
        mapper.mergeUnit(code, target, now);
        office.changed();
        UnitView after = new UnitView(
                before.code(),
                before.agencyCode(),
                before.name(),
                before.kind(),
                target,
                before.officeHours(),
                before.apologyLeadHours(),
                target,
                null);
        log.record("UNIT_MERGED", code, before, after);
        return after;
    }

    private AdministrationMapper.UnitRow unitRow(String code, UnitRequest request, Unit existing) {
        if (request.parentCode() != null && !request.parentCode().isBlank()) {
            Unit parent = office.findUnit(request.parentCode())
                    .orElseThrow(() -> new InvalidFieldException("parentCode", "unknown unit " + request.parentCode()));
            if (parent.merged()) {
                throw new InvalidFieldException("parentCode", parent.name() + " was merged");
            }
            if (existing != null && office.unitAndItsUnits(code).contains(parent.code())) {
                throw new InvalidFieldException("parentCode", "must not be the unit itself or a unit under it");
            }
        } else {
            boolean otherRoot = office.units().stream()
                    .anyMatch(u -> u.parentCode() == null && !u.code().equals(code));
            if (otherRoot) {
                throw new InvalidFieldException("parentCode", "is required: the province has its root already");
            }
        }
        if (request.kind() == UnitKind.BRANCH && blank(request.parentCode())) {
            throw new InvalidFieldException("parentCode", "is required for a branch: the center it receives for");
        }
        OfficeHours hours = hours(request, existing);
        int lead = request.apologyLeadHours() != null
                ? request.apologyLeadHours()
                : existing != null ? existing.apologyLeadHours() : 8;
        return new AdministrationMapper.UnitRow(
                code,
                request.agencyCode().strip(),
                request.name().strip(),
                hours.morningStart(),
                hours.morningEnd(),
                hours.afternoonStart(),
                hours.afternoonEnd(),
                lead,
                request.kind().name(),
                blank(request.parentCode()) ? null : request.parentCode().strip());
    }

    private static OfficeHours hours(UnitRequest request, Unit existing) {
        if (request.officeHours() == null) {
            return existing != null ? existing.officeHours() : OfficeHours.DEFAULT;
        }
        LocalTime[] morning =
                period("officeHours.morning", request.officeHours().morning());
        LocalTime[] afternoon =
                period("officeHours.afternoon", request.officeHours().afternoon());
        try {
            return new OfficeHours(morning[0], morning[1], afternoon[0], afternoon[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("officeHours.afternoon", "must start when the morning has ended");
        }
    }

    private static LocalTime[] period(String field, String value) {
        if (value == null || !value.matches(UnitRequest.OfficeHoursInput.PERIOD)) {
            throw new InvalidFieldException(field, "must be HH:mm-HH:mm");
        }
        LocalTime start = LocalTime.parse(value.substring(0, 5));
        LocalTime end = LocalTime.parse(value.substring(6));
        if (!start.isBefore(end)) {
            throw new InvalidFieldException(field, "must end after it starts");
        }
        return new LocalTime[] {start, end};
    }

    private static UnitView view(AdministrationMapper.UnitRow row, String mergedInto) {
        return new UnitView(
                row.code(),
                row.agencyCode(),
                row.name(),
                UnitKind.valueOf(row.kind()),
                row.parentCode(),
                new UnitView.OfficeHoursView(
                        row.morningStart() + "-" + row.morningEnd(), row.afternoonStart() + "-" + row.afternoonEnd()),
                row.apologyLeadHours(),
                mergedInto,
                null);
    }

    // --- Departments ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<DepartmentView> departments() {
        AdminScope scope = AdminScope.current();
        Map<String, List<HistoryEntry>> history = history(DEPARTMENT);
        return office.departments().stream()
                .filter(d -> scope.covers(d.unitCode()))
                .map(d -> DepartmentView.of(d, history.getOrDefault(d.code(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView department(String code) {
        AdminScope scope = AdminScope.current();
        Department department = existingDepartment(code);
        scope.requireUnit(department.unitCode());
        return DepartmentView.of(department, history(DEPARTMENT).getOrDefault(code, List.of()));
    }

    /**
     * Creates a department. Its kind (what it does, as the procedure catalog names it) must be new in its unit: the
     * unit's dossiers of that kind go to it from now on, and its staff's task lists show them.
     */
    @Transactional
    public DepartmentView createDepartment(DepartmentRequest request) {
        AdminScope scope = AdminScope.current();
        scope.requireUnit(request.unitCode());
        if (request.code() == null) {
            throw new InvalidFieldException("code", "must not be blank");
        }
        Unit unit = office.findUnit(request.unitCode())
                .orElseThrow(() -> new InvalidFieldException("unitCode", "unknown unit " + request.unitCode()));
        if (unit.merged()) {
            throw new InvalidFieldException("unitCode", unit.name() + " was merged into " + unit.mergedInto());
        }
        if (office.department(request.code()).isPresent()) {
            throw new ConflictException("Department " + request.code() + " exists already");
        }
        String kind = blank(request.kind()) ? request.code() : request.kind();
        requireNewKind(unit.code(), kind, null);
        mapper.insertDepartment(request.code(), unit.code(), request.name().strip(), kind);
        office.changed();
        DepartmentView after =
                new DepartmentView(request.code(), unit.code(), request.name().strip(), kind, null, null);
        log.record("DEPARTMENT_CREATED", request.code(), null, after);
        return after;
    }

    /** Renames a department or changes its kind; it stays in its unit. The old name goes to the history. */
    @Transactional
    public DepartmentView updateDepartment(String code, DepartmentRequest request) {
        AdminScope scope = AdminScope.current();
        Department department = existingDepartment(code);
        scope.requireUnit(department.unitCode());
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidFieldException("code", "cannot change; create a department and merge this one into it");
        }
        if (!request.unitCode().equals(department.unitCode())) {
            throw new InvalidFieldException("unitCode", "cannot change: a department stays in its unit");
        }
        if (department.merged()) {
            throw new ConflictException("Department " + code + " was merged into " + department.mergedInto());
        }
        String kind = blank(request.kind()) ? department.kind() : request.kind();
        requireNewKind(department.unitCode(), kind, code);
        DepartmentView before = DepartmentView.of(department, null);
        String name = request.name().strip();
        if (!name.equals(department.name())) {
            mapper.insertHistory(new AdministrationMapper.HistoryRow(
                    DEPARTMENT,
                    code,
                    department.name(),
                    null,
                    department.unitCode(),
                    clock.instant(),
                    "RENAMED",
                    null,
                    CurrentStaff.actorName()));
        }
        mapper.updateDepartment(code, name, kind);
        office.changed();
        DepartmentView after = new DepartmentView(code, department.unitCode(), name, kind, null, null);
        log.record("DEPARTMENT_UPDATED", code, before, after);
        return after;
    }

    /**
     * Merges a department into another of the same unit: the target's staff see the merged department's open
     * tasks, and new dossiers of its kind go to the target. The merged department's staff keep it until an
     * administrator moves them.
     */
    @Transactional
    public DepartmentView mergeDepartment(String code, String target) {
        AdminScope scope = AdminScope.current();
        Department department = existingDepartment(code);
        scope.requireUnit(department.unitCode());
        Department successor = office.department(target)
                .orElseThrow(() -> new InvalidFieldException("target", "unknown department " + target));
        if (department.merged()) {
            throw new ConflictException("Department " + code + " was merged into " + department.mergedInto());
        }
        if (successor.merged() || code.equals(target) || !successor.unitCode().equals(department.unitCode())) {
            throw new InvalidFieldException("target", "must be another department of the same unit, not merged");
        }
        Instant now = clock.instant();
        DepartmentView before = DepartmentView.of(department, null);
        mapper.insertHistory(new AdministrationMapper.HistoryRow(
                DEPARTMENT,
                code,
                department.name(),
                null,
                department.unitCode(),
                now,
                "MERGED",
                target,
                CurrentStaff.actorName()));
        mapper.mergeDepartment(code, target, now);
        office.changed();
        DepartmentView after =
                new DepartmentView(code, department.unitCode(), department.name(), department.kind(), target, null);
        log.record("DEPARTMENT_MERGED", code, before, after);
        return after;
    }

    private Department existingDepartment(String code) {
        return office.department(code).orElseThrow(() -> new NotFoundException("Unknown department " + code));
    }

    /** Each unit has at most one working department of a kind: the one a dossier of that kind goes to. */
    private void requireNewKind(String unitCode, String kind, String except) {
        boolean taken = office.departments().stream()
                .anyMatch(d -> d.unitCode().equals(unitCode)
                        && d.kind().equals(kind)
                        && !d.merged()
                        && !d.code().equals(except));
        if (taken) {
            throw new InvalidFieldException("kind", "the unit has a department of kind " + kind + " already");
        }
    }

    // --- History ----------------------------------------------------------------------------------------------

    private Map<String, List<HistoryEntry>> history(String subject) {
        return mapper.history(subject).stream()
                .collect(Collectors.groupingBy(
                        AdministrationMapper.HistoryRow::code,
                        Collectors.mapping(
                                r -> new HistoryEntry(
                                        r.name(),
                                        r.agencyCode(),
                                        r.validUntil().atZone(clock.getZone()).toOffsetDateTime(),
                                        r.changeKind(),
                                        r.successor(),
                                        r.actor()),
                                Collectors.toList())));
    }

    /** The codes of the units the caller may set up; every unit's for the province's administrator. */
    @Transactional(readOnly = true)
    public Set<String> unitCodes() {
        AdminScope scope = AdminScope.current();
        Set<String> codes = new HashSet<>();
        office.units().stream().filter(u -> scope.covers(u.code())).forEach(u -> codes.add(u.code()));
        return codes;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
