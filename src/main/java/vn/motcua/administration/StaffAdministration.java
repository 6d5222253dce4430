package vn.motcua.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.security.CurrentStaff;
import vn.motcua.security.PasswordPolicy;
import vn.motcua.security.Role;

/**
 * Staff set up through the API and the admin pages (docs/api.md, "Administration"): created with a password that
 * follows the policy (BCrypt-hashed, never shown again), changed, disabled, their password reset. Every change is
 * logged with the record before and after in the same transaction, and raises the record's version, so a signed-in
 * user sees his new role or departments at his next request and a disabled one is signed out.
 */
@Service
public class StaffAdministration {

    private final AdministrationMapper mapper;
    private final OfficeDirectory office;
    private final AdministrationLog log;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;

    StaffAdministration(
            AdministrationMapper mapper,
            OfficeDirectory office,
            AdministrationLog log,
            PasswordEncoder passwords,
            PasswordPolicy policy) {
        this.mapper = mapper;
        this.office = office;
        this.log = log;
        this.passwords = passwords;
        this.policy = policy;
    }

    /** The staff the caller may set up: everyone for the province's administrator, his unit's for a unit's. */
    @Transactional(readOnly = true)
    public List<StaffView> all() {
        AdminScope scope = AdminScope.current();
        Map<String, List<String>> departments = departments();
        return mapper.allStaff().stream()
                .filter(s -> scope.covers(s.unitCode()))
                .map(s -> view(s, departments.getOrDefault(s.username(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public StaffView get(String username) {
        AdminScope scope = AdminScope.current();
        AdministrationMapper.StaffRow row = existing(username);
        scope.requireUnit(row.unitCode());
        return view(row, departments().getOrDefault(username, List.of()));
    }

    @Transactional
    public StaffView create(StaffRequest request) {
        AdminScope scope = AdminScope.current();
        allowed(scope, request);
        if (request.username() == null) {
            throw new InvalidFieldException("username", "must not be blank");
        }
        List<String> departments = checkedDepartments(request);
        policy.check("password", request.username(), request.password());
        if (mapper.staff(request.username()) != null) {
            throw new ConflictException("User " + request.username() + " exists already");
        }
        mapper.insertStaff(
                request.username(),
                passwords.encode(request.password()),
                request.fullName().strip(),
                request.role(),
                request.unitCode());
        departments.forEach(d -> mapper.addDepartment(request.username(), d));
        StaffView after = get(request.username());
        log.record("STAFF_CREATED", request.username(), null, after);
        return after;
    }

    /** Changes everything but the password; {@code enabled = false} signs the user out at his next request. */
    @Transactional
    public StaffView update(String username, StaffRequest request) {
        AdminScope scope = AdminScope.current();
        StaffView before = get(username);
        if (before.role() == Role.ADMIN) {
            scope.requireProvince("change the province's administrator");
        }
        allowed(scope, request);
        if (request.username() != null && !request.username().equals(username)) {
            throw new InvalidFieldException("username", "cannot change");
        }
        if (request.password() != null) {
            throw new InvalidFieldException("password", "is reset with POST /api/admin/staff/{username}/password");
        }
        List<String> departments = checkedDepartments(request);
        boolean enabled = request.enabled() == null ? before.enabled() : request.enabled();
        if (!enabled && username.equals(CurrentStaff.actorName())) {
            throw new InvalidFieldException("enabled", "you cannot disable yourself");
        }
        mapper.updateStaff(username, request.fullName().strip(), request.role(), request.unitCode(), enabled);
        mapper.removeDepartments(username);
        departments.forEach(d -> mapper.addDepartment(username, d));
        StaffView after = get(username);
        log.record(
                enabled == before.enabled() ? "STAFF_UPDATED" : enabled ? "STAFF_ENABLED" : "STAFF_DISABLED",
                username,
                before,
                after);
        return after;
    }

    /** A reset: the new password is known to the administrator, so its owner must change it at his next sign-in. */
    @Transactional
    public StaffView resetPassword(String username, PasswordReset reset) {
        AdminScope scope = AdminScope.current();
        StaffView before = get(username);
        if (before.role() == Role.ADMIN) {
            scope.requireProvince("reset the province's administrator's password");
        }
        policy.check("password", username, reset == null ? null : reset.password());
        mapper.resetPassword(username, passwords.encode(reset.password()));
        StaffView after = get(username);
        // The log keeps that it happened, never the password or its hash.
        log.record("STAFF_PASSWORD_RESET", username, before, after);
        return after;
    }

    /** A unit's administrator sets up his own unit's staff, never an administrator of the province. */
    private static void allowed(AdminScope scope, StaffRequest request) {
        scope.requireUnit(request.unitCode());
        if (request.role() == Role.ADMIN) {
            scope.requireProvince("make an administrator of the province");
        }
        if (!scope.province() && request.role() == null) {
            throw new AccessDeniedException("A role is required");
        }
    }

    /** The departments must be working departments of the user's unit; handlers and approvers need one at least. */
    private List<String> checkedDepartments(StaffRequest request) {
        Unit unit = office.findUnit(request.unitCode())
                .orElseThrow(() -> new InvalidFieldException("unitCode", "unknown unit " + request.unitCode()));
        if (unit.merged()) {
            throw new InvalidFieldException("unitCode", unit.name() + " was merged into " + unit.mergedInto());
        }
        List<String> codes = new ArrayList<>();
        for (String code : request.departmentsOrNone()) {
            Department department = office.department(code)
                    .filter(d -> d.unitCode().equals(unit.code()) && !d.merged())
                    .orElseThrow(() -> new InvalidFieldException(
                            "departments", code + " is not a working department of " + unit.code()));
            if (!codes.contains(department.code())) {
                codes.add(department.code());
            }
        }
        if ((request.role() == Role.HANDLER || request.role() == Role.APPROVER) && codes.isEmpty()) {
            throw new InvalidFieldException("departments", "a handler or an approver works one department at least");
        }
        return codes;
    }

    private AdministrationMapper.StaffRow existing(String username) {
        AdministrationMapper.StaffRow row = mapper.staff(username);
        if (row == null) {
            throw new NotFoundException("Unknown user " + username);
        }
        return row;
    }

    private Map<String, List<String>> departments() {
        return mapper.staffDepartments().stream()
                .collect(Collectors.groupingBy(
                        AdministrationMapper.StaffDepartment::username,
                        Collectors.mapping(AdministrationMapper.StaffDepartment::departmentCode, Collectors.toList())));
    }

    private static StaffView view(AdministrationMapper.StaffRow row, List<String> departments) {
        return new StaffView(
                row.username(),
                row.fullName(),
                row.role(),
                row.unitCode(),
                departments,
                row.enabled(),
                row.passwordChangeRequired());
    }
}
