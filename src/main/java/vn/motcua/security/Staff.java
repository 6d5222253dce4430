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
            case CLERK -> List.of(DESK_GROUP);
            case HANDLER -> List.copyOf(departments);
            case APPROVER -> departments.stream().map(Staff::approverGroup).toList();
            default -> List.of();
        };
    }

    /** Candidate group of the one-stop desk's tasks (completeness check, return of the result). */
    public static final String DESK_GROUP = "DESK";

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
