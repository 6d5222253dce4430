package vn.motcua.administration;

import java.util.List;
import vn.motcua.security.Role;

/** A member of staff as the administration shows him: never his password or its hash. */
public record StaffView(
        String username,
        String fullName,
        Role role,
        String unitCode,
        List<String> departments,
        boolean enabled,
        boolean passwordChangeRequired) {}
