package vn.motcua.administration;

import org.springframework.security.access.AccessDeniedException;
import vn.motcua.security.CurrentStaff;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * Who may set up what: the administrator ({@code ADMIN}) the whole province, a unit's administrator
 * ({@code UNIT_ADMIN}) his own unit only: its departments, its staff (never an administrator of the province) and
 * its office hours. Anything else is 403.
 */
final class AdminScope {

    private final Staff actor;

    private AdminScope(Staff actor) {
        this.actor = actor;
    }

    static AdminScope current() {
        Staff staff = CurrentStaff.require();
        if (staff.role() != Role.ADMIN && staff.role() != Role.UNIT_ADMIN) {
            throw new AccessDeniedException("Only an administrator sets up the office");
        }
        return new AdminScope(staff);
    }

    boolean province() {
        return actor.role() == Role.ADMIN;
    }

    /** The unit a unit administrator is confined to; {@code null} for the province's administrator. */
    String unit() {
        return province() ? null : actor.unitCode();
    }

    boolean covers(String unitCode) {
        return province() || actor.unitCode().equals(unitCode);
    }

    void requireUnit(String unitCode) {
        if (!covers(unitCode)) {
            throw new AccessDeniedException("Unit " + unitCode + " is not yours to set up");
        }
    }

    void requireProvince(String what) {
        if (!province()) {
            throw new AccessDeniedException("Only the province's administrator may " + what);
        }
    }
}
