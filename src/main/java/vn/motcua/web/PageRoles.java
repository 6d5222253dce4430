package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.motcua.security.CurrentStaff;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * The roles of each part of the desk, as the API's role matrix has them: the desk is the clerk's, task work is the
 * clerk's, handlers' and approvers' (the service then keeps each to his own department), the overdue board and the
 * indicators dashboard ({@code /supervisor/overdue}, {@code /supervisor/dashboard}) are the supervisors' (and the
 * administrator's), the administration page ({@code /admin}) is the administrator's, its units, departments and
 * staff also a unit administrator's. Anyone else gets the 403 page.
 */
class PageRoles implements HandlerInterceptor {

    private static final Map<String, Set<Role>> BY_PREFIX = Map.of(
            "/desk", EnumSet.of(Role.CLERK),
            "/tasks", EnumSet.of(Role.CLERK, Role.HANDLER, Role.APPROVER),
            "/supervisor", EnumSet.of(Role.SUPERVISOR, Role.ADMIN),
            "/admin", EnumSet.of(Role.ADMIN),
            // A unit's administrator sets up his own unit's office (the service keeps him inside it); the front
            // page sends him to it.
            "/admin/units", EnumSet.of(Role.ADMIN, Role.UNIT_ADMIN),
            "/admin/departments", EnumSet.of(Role.ADMIN, Role.UNIT_ADMIN),
            "/admin/staff", EnumSet.of(Role.ADMIN, Role.UNIT_ADMIN));

    /** Exact pages open to more roles than their part: {@code /admin} sends a unit's administrator to his unit. */
    private static final Map<String, Set<Role>> EXACT = Map.of("/admin", EnumSet.of(Role.ADMIN, Role.UNIT_ADMIN));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<Role> allowed = EXACT.get(path);
        String longest = "";
        for (Map.Entry<String, Set<Role>> part : BY_PREFIX.entrySet()) {
            boolean matches = path.equals(part.getKey()) || path.startsWith(part.getKey() + "/");
            if (allowed == null && matches && part.getKey().length() > longest.length()) {
                longest = part.getKey();
            }
        }
        if (allowed == null && !longest.isEmpty()) {
            allowed = BY_PREFIX.get(longest);
        }
        if (allowed != null) {
            Role role = CurrentStaff.get().map(Staff::role).orElse(null);
            if (role == null || !allowed.contains(role)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return false;
            }
        }
        return true;
    }
}
