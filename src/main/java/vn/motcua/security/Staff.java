package vn.motcua.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A member of staff as the security context carries him: his role, unit and departments. */
public record Staff(
        String username,
        String passwordHash,
        String fullName,
        Role role,
        String unitCode,
        boolean enabled,
        Set<String> departments)
        implements UserDetails {

    /** Engine candidate group of an approver's sign-off tasks in a department, e.g. {@code TC-KH:APPROVER}. */
    public static String approverGroup(String department) {
        return department + ":" + Role.APPROVER.name();
    }

    /** The engine candidate groups whose tasks this person may work. */
    public List<String> candidateGroups() {
        return switch (role) {
            case CLERK -> List.of(deskGroup(unitCode));
            case HANDLER -> List.copyOf(departments);
            case APPROVER -> departments.stream().map(Staff::approverGroup).toList();
            default -> List.of();
        };
    }

    /**
     * Candidate group of the one-stop desk's tasks (completeness check, return of the result) as the models name it;
     * each task goes to one unit's desk, {@link #deskGroup}.
     */
    public static final String DESK_GROUP = "DESK";

    /** The desk of one unit: its clerks' tasks, e.g. {@code DESK:PHUONG-HO-SEN}. */
    public static String deskGroup(String unitCode) {
        return DESK_GROUP + ":" + unitCode;
    }

    /** Whether a candidate group is a desk's: the models' {@code DESK} or one unit's. */
    public static boolean isDeskGroup(String group) {
        return group != null && (group.equals(DESK_GROUP) || group.startsWith(DESK_GROUP + ":"));
    }

    public boolean hasRole(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "Staff[" + username + ", " + role + ", " + departments + "]";
    }
}
