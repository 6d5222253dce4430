package vn.motcua.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What signing in adds to the filter chain of {@code SecurityConfiguration} (docs/security.md): the answers to a
 * locked sign-in, the Content-Security-Policy of the pages, and the province's OpenID Connect sign-in where one is
 * configured.
 */
@Component
public class SignInHardening {

    /**
     * Scripts, styles, images and fonts from this server only: no inline script or style, no eval, nothing framed.
     * htmx and Chart.js are served from the webjars here.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** The session attribute that carries the end of a lock to the login page. */
    public static final String LOCKED_UNTIL = "motcua.signIn.lockedUntil";

    /** The Camunda webapps send their own, looser policy (their Angular pages need inline styles and eval). */
    private static final RequestMatcher NOT_CAMUNDA =
            request -> !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");

    private final ObjectMapper json;
    private final Clock clock;
    private final ObjectProvider<ProvinceSignIn> province;
    private final PasswordChange passwords;

    SignInHardening(ObjectMapper json, Clock clock, ObjectProvider<ProvinceSignIn> province, PasswordChange passwords) {
        this.json = json;
        this.clock = clock;
        this.province = province;
        this.passwords = passwords;
    }

    /**
     * Adds the policy header, the locked form answer, the hold of a required password change and, where configured,
     * the province sign-in.
     */
    public void apply(HttpSecurity http) throws Exception {
        http.addFilterAfter(new PasswordChangeGate(passwords, json), AuthorizationFilter.class);
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                NOT_CAMUNDA, new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
        http.formLogin(form -> form.failureHandler(formFailure()));
        ProvinceSignIn oidc = province.getIfAvailable();
        if (oidc != null) {
            oidc.apply(http);
        }
    }

    /**
     * Answers an HTTP Basic sign-in refused for a lock: 423 {@code account_locked} for a locked account, 429
     * {@code sign_in_throttled} for a locked client address, each with {@code lockedUntil} and {@code Retry-After}.
     *
     * @return false when the refusal was not a lock, and nothing was written
     */
    public boolean writeLocked(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (!(e instanceof SignInLockedException locked)) {
            return false;
        }
        boolean account = locked.scope() == SignInLockedException.Scope.ACCOUNT;
        int status = account ? 423 : 429;
        long seconds = Math.max(
                1, Duration.between(clock.instant(), locked.lockedUntil()).toSeconds());
        response.setStatus(status);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getOutputStream(),
                new LockedError(
                        status,
                        account ? "account_locked" : "sign_in_throttled",
                        locked.getMessage() + "; try again after " + lockedUntil(locked),
                        lockedUntil(locked)));
        return true;
    }

    /** The 4xx body of docs/api.md, "Errors", with the time the lock ends. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LockedError(int status, String error, String message, OffsetDateTime lockedUntil) {}

    private OffsetDateTime lockedUntil(SignInLockedException locked) {
        return locked.lockedUntil().atZone(clock.getZone()).toOffsetDateTime();
    }

    private AuthenticationFailureHandler formFailure() {
        SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (e instanceof SignInLockedException locked) {
                request.getSession().setAttribute(LOCKED_UNTIL, lockedUntil(locked));
                response.sendRedirect(request.getContextPath()
                        + (locked.scope() == SignInLockedException.Scope.ACCOUNT
                                ? "/login?locked"
                                : "/login?throttled"));
                return;
            }
            wrongPassword.onAuthenticationFailure(request, response, e);
        };
    }
}
