package vn.motcua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in user whose record an administrator changed is read afresh at his next request, before anything is
 * authorised: a new role or department counts at once, and a disabled (or removed) user's open sign-ins stop
 * working — an API call answers 401, a page goes back to the login. One primary-key read per request that carries
 * a sign-in cookie; a request signed with HTTP Basic alone was just read from the database anyway.
 */
class FreshStaff extends OncePerRequestFilter {

    /** The version of the staff record the signed-in principal was read from. */
    static final String VERSION = FreshStaff.class.getName() + ".version";

    private final StaffVersions versions;
    private final StaffDirectory directory;
    private final HttpSessionSecurityContextRepository signIns = new HttpSessionSecurityContextRepository();

    FreshStaff(StaffVersions versions, StaffDirectory directory) {
        this.versions = versions;
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession signIn = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (signIn == null || auth == null || !(auth.getPrincipal() instanceof Staff staff) || isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        Integer now;
        try {
            now = versions.version(staff.username());
        } catch (DataAccessException | TransactionException unreachable) {
            // The record cannot be read now: the request goes on as signed in, and the first thing it asks of the
            // database answers the 503 of docs/api.md (DatabaseUnreachable), not a filter's bare error.
            chain.doFilter(request, response);
            return;
        }
        Object seen = signIn.getAttribute(VERSION);
        if (now != null && seen == null) {
            signIn.setAttribute(VERSION, now);
        } else if (now == null || !now.equals(seen)) {
            Staff fresh = now == null ? null : directory.loadUserByUsername(staff.username());
            if (fresh == null || !fresh.isEnabled()) {
                SecurityContextHolder.clearContext();
                signIn.invalidate();
                // The request goes on unauthenticated: the API answers 401, a page redirects to the login.
                chain.doFilter(request, response);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    fresh, auth.getCredentials(), fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            signIns.saveContext(context, request, response);
            signIn.setAttribute(VERSION, now);
        }
        chain.doFilter(request, response);
    }

    /** Style sheets and scripts decide nothing; a page's own request checks the record. */
    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }
}
