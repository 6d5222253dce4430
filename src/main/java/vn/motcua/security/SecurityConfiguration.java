package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.motcua.common.ApiError;

/**
 * Who may call what (api.md, "Authentication and roles"). The API takes HTTP Basic or the page session; pages
 * use form login; the Camunda webapps and the engine's REST API are for ADMIN only. Department scoping of tasks
 * is enforced in the handling service, where the task's department is known.
 */
@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
            || request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");

    /**
     * Cross-site request forgery rides on a browser's session cookie. A client that sends its credentials with
     * every request, or has no session at all, cannot be tricked into one; it gets 401 or 403 for what it is.
     */
    private static final RequestMatcher NOT_FORGEABLE = request -> {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        return basic || (API.matches(request) && request.getRequestedSessionId() == null);
    };

    private final ObjectMapper json;

    SecurityConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/public/**", "/actuator/health/**", "/login", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/tra-cuu/**", "/tra-cuu").permitAll()
                        .requestMatchers("/api/sandbox/**", "/engine-rest/**", "/camunda/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/dossiers", "/api/dossiers/*/supplement", "/api/dossiers/*/withdraw")
                        .hasRole("CLERK")
                        .requestMatchers("/api/tasks/**").hasAnyRole("CLERK", "HANDLER", "APPROVER")
                        .requestMatchers("/api/overdue/**", "/api/indicators/**", "/actuator/prometheus")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        write(response, ApiError.of(401, "unauthorized", "Sign in first (HTTP Basic)"))))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"motcua\"");
                            write(response, ApiError.of(401, "unauthorized", "Sign in first (HTTP Basic)"));
                        }, API)
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                write(response, ApiError.of(403, "forbidden", "Your role may not do this")), API))
                // The Camunda webapps carry their own CSRF protection.
                .csrf(csrf -> csrf.ignoringRequestMatchers(NOT_FORGEABLE)
                        .ignoringRequestMatchers("/camunda/**", "/engine-rest/**"));
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
