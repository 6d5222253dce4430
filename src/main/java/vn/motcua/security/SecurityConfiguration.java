package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.motcua.common.ApiError;

/**
 * Who may call what (docs/api.md, "Authentication and roles"). The API takes HTTP Basic or the page session; pages
 * use form login; the Camunda webapps and the engine's REST API are for ADMIN only. Department scoping of tasks
 * is enforced in the handling service, where the task's department is known.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    || request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");

    /**
     * Cross-site request forgery rides on what a browser attaches by itself: the session cookie, and Basic
     * credentials it has cached. An API call that no other site sent (browsers mark those with
     * {@code Sec-Fetch-Site}) and that carries Basic credentials or no session needs no token: it is a program,
     * not a tricked browser. A page never goes without one, Basic or not.
     */
    private static final RequestMatcher NOT_FORGEABLE = request -> {
        if (!API.matches(request)) {
            return false;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        String site = request.getHeader("Sec-Fetch-Site");
        boolean fromAnotherSite = "cross-site".equals(site) || "same-site".equals(site);
        return !fromAnotherSite && (basic || request.getRequestedSessionId() == null);
    };

    /** What a unit's administrator may open besides what every signed-in user may (docs/api.md, Administration). */
    private static final String[] UNIT_ADMINISTRATION = {
        "/api/admin/units",
        "/api/admin/units/*",
        "/api/admin/departments",
        "/api/admin/departments/*",
        "/api/admin/staff",
        "/api/admin/staff/*",
        "/api/admin/staff/*/password",
        "/api/admin/departments/*/merge-into/*"
    };

    private final ObjectMapper json;

    SecurityConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http, StaffVersions versions, StaffDirectory directory, SignInHardening signIn)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/public/**", "/actuator/health/**", "/login", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/tra-cuu/**", "/tra-cuu")
                        .permitAll()
                        // A unit's administrator sets up his own unit; the service keeps him inside it.
                        .requestMatchers(UNIT_ADMINISTRATION)
                        .hasAnyRole("ADMIN", "UNIT_ADMIN")
                        .requestMatchers("/api/sandbox/**", "/api/admin/**", "/engine-rest/**", "/camunda/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/dossiers",
                                "/api/dossiers/*/supplement",
                                "/api/dossiers/*/withdraw",
                                "/api/dossiers/*/files")
                        .hasRole("CLERK")
                        .requestMatchers("/api/tasks/**")
                        .hasAnyRole("CLERK", "HANDLER", "APPROVER")
                        .requestMatchers("/api/forecast/warnings")
                        .hasRole("APPROVER")
                        .requestMatchers(
                                "/api/overdue/**", "/api/forecast/**", "/api/indicators/**", "/actuator/prometheus")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .anyRequest()
                        .authenticated())
                // A Basic login is kept in the session, as a form login is: a client that sends the session
                // cookie back is not made to pass BCrypt again on every request (about 100 ms of CPU each, the
                // largest cost of an API call in bench/load). A client without cookies is checked every time.
                .httpBasic(basic -> basic.securityContextRepository(new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository()))
                        .authenticationEntryPoint((request, response, e) -> {
                            if (!signIn.writeLocked(response, e)) {
                                write(
                                        response,
                                        // Signing in reads the staff table: with the database down the caller is
                                        // not unauthorized.
                                        e instanceof InternalAuthenticationServiceException
                                                ? ApiError.DATABASE_UNAVAILABLE
                                                : ApiError.of(401, "unauthorized", "Sign in first (HTTP Basic)"));
                            }
                        }))
                // A dossier's scanned PDF is shown in a frame of its own page; other sites still may not frame ours.
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> {
                                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"motcua\"");
                                    write(response, ApiError.of(401, "unauthorized", "Sign in first (HTTP Basic)"));
                                },
                                API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) ->
                                        write(response, ApiError.of(403, "forbidden", "Your role may not do this")),
                                API))
                .addFilterBefore(new FreshStaff(versions, directory), AuthorizationFilter.class)
                // The Camunda webapps carry their own CSRF protection.
                .csrf(csrf -> csrf.ignoringRequestMatchers(NOT_FORGEABLE)
                        .ignoringRequestMatchers("/camunda/**", "/engine-rest/**"));
        signIn.apply(http);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The Camunda webapps trust the Spring Security login instead of their own user table. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Collections.singletonMap(
                "authentication-provider", CamundaWebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // Right after Spring Security's chain (which signs the user in), before the webapps' own filters.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
