package vn.motcua.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;

/**
 * Keeps a member of staff who signs in with the province's identity provider in step with its claims
 * (docs/security.md, "OpenID Connect"): the provider is the authority on who he is, his role, unit and departments.
 * Someone unknown here is created (unless {@code motcua.oidc.create-unknown=false}); a claim naming no known role,
 * unit or department refuses the sign-in, as does a disabled account. ADMIN is never taken from a claim unless
 * {@code motcua.oidc.roles} lists it.
 */
@Service
class ProvinceStaff {

    private static final Logger log = LoggerFactory.getLogger("motcua.security");

    private final SignInMapper signIn;
    private final StaffMapper staff;
    private final StaffDirectory directory;
    private final AdministrationLog administrationLog;
    private final PasswordEncoder encoder;
    private final boolean createUnknown;
    private final Set<Role> roles;

    ProvinceStaff(
            SignInMapper signIn,
            StaffMapper staff,
            StaffDirectory directory,
            AdministrationLog administrationLog,
            PasswordEncoder encoder,
            @Value("${motcua.oidc.create-unknown:true}") boolean createUnknown,
            @Value("${motcua.oidc.roles:CLERK,HANDLER,APPROVER,SUPERVISOR,UNIT_ADMIN}") List<Role> roles) {
        this.signIn = signIn;
        this.staff = staff;
        this.directory = directory;
        this.administrationLog = administrationLog;
        this.encoder = encoder;
        this.createUnknown = createUnknown;
        this.roles = Set.copyOf(roles);
    }

    @Transactional
    public Staff signIn(String username, String fullName, String roleClaim, String unit, List<String> departments) {
        if (username == null || username.isBlank() || username.length() > 64) {
            throw ProvinceSignIn.refused("no_username", "The identity provider named no usable user name");
        }
        Role role = role(roleClaim);
        if (unit == null || signIn.unitsCoded(unit) == 0) {
            throw ProvinceSignIn.refused("unknown_unit", "No unit '" + unit + "' in this office");
        }
        Set<String> wanted = new TreeSet<>(departments);
        for (String department : wanted) {
            if (signIn.departmentsCoded(department) == 0) {
                throw ProvinceSignIn.refused("unknown_department", "No department '" + department + "'");
            }
        }
        String name = fullName == null || fullName.isBlank() ? username : fullName;
        StaffMapper.StaffRow row = staff.find(username);
        if (row == null) {
            if (!createUnknown) {
                throw ProvinceSignIn.refused("unknown_user", "'" + username + "' is not a member of staff here");
            }
            // No password anyone knows: this member of staff signs in through the province only.
            signIn.insertStaff(username, encoder.encode(UUID.randomUUID().toString()), name, role, unit, false);
            wanted.forEach(d -> signIn.insertDepartment(username, d));
            administrationLog.record("STAFF_CREATED", username, null, record(name, role, unit, wanted));
            log.info("'{}' created at his first sign-in through the province's identity provider", username);
        } else {
            if (!row.enabled()) {
                throw ProvinceSignIn.refused("disabled", "The account '" + username + "' is disabled");
            }
            Set<String> had = new TreeSet<>(staff.departments(username));
            Map<String, Object> before = record(row.fullName(), row.role(), row.unitCode(), had);
            Map<String, Object> after = record(name, role, unit, wanted);
            if (!before.equals(after)) {
                signIn.updateFromProvince(username, name, role, unit);
                signIn.deleteDepartments(username);
                wanted.forEach(d -> signIn.insertDepartment(username, d));
                administrationLog.record("STAFF_UPDATED", username, before, after);
            }
        }
        return directory.loadUserByUsername(username);
    }

    private Role role(String claim) {
        String value = claim == null ? "" : claim.trim().toUpperCase(Locale.ROOT);
        if (value.startsWith("ROLE_")) {
            value = value.substring(5);
        }
        for (Role role : roles) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw ProvinceSignIn.refused("unknown_role", "The role '" + claim + "' may not sign in through the province");
    }

    private static Map<String, Object> record(String fullName, Role role, String unit, Set<String> departments) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("fullName", fullName);
        record.put("role", role.name());
        record.put("unitCode", unit);
        record.put("departments", departments.stream().sorted().collect(Collectors.toList()));
        return record;
    }
}
