package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.common.ApiError;

/**
 * Holds a member of staff who must choose a new password ({@code staff.password_change_required}) at the change:
 * every API call but {@code POST /api/me/password} is 403 {@code password_change_required}, every page redirects to
 * {@code /me/password}. Once a session has been seen free of the duty it is not asked again, so a signed-in page
 * costs no extra query.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/me/password";
    private static final String CHECKED = PasswordChangeGate.class.getName() + ".checked";
    private static final List<String> ALWAYS_OPEN = List.of(
            CHANGE_PAGE,
            "/api/me/password",
            "/login",
            "/logout",
            "/error",
            "/favicon.ico",
            "/css/",
            "/js/",
            "/webjars/",
            "/api/public/",
            "/tra-cuu",
            "/actuator/health");

    private final PasswordChange passwords;
    private final ObjectMapper json;

    PasswordChangeGate(PasswordChange passwords, ObjectMapper json) {
        this.passwords = passwords;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Staff staff) || open(request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && staff.username().equals(session.getAttribute(CHECKED))) {
            chain.doFilter(request, response);
            return;
        }
        boolean required;
        try {
            required = passwords.required(staff.username());
        } catch (DataAccessException | TransactionException unreachable) {
            // The database is down: the request goes on, and its first database call answers the 503 of docs/api.md
            // (a page or call that needs no database cannot act on the office either way).
            chain.doFilter(request, response);
            return;
        }
        if (!required) {
            if (session != null) {
                session.setAttribute(CHECKED, staff.username());
            }
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            response.setStatus(403);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(
                    response.getOutputStream(),
                    ApiError.of(
                            403,
                            "password_change_required",
                            "Choose a new password first: POST /api/me/password {current, next}"));
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            // A page's background fetch (the header's work count): nothing to swap in. Redirected, htmx would put the
            // whole change-password page inside the header, beside the page's own form.
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }

    private static boolean open(HttpServletRequest request) {
        String path = path(request);
        return ALWAYS_OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
