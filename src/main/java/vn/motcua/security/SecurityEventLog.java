package vn.motcua.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Failed logins and refused requests go to the {@code motcua.security} log, where an office's monitoring reads
 * them: who tried, from where, for what.
 */
@Configuration
class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("motcua.security");

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        log.warn(
                "Login failed for '{}': {}",
                event.getAuthentication().getName(),
                event.getException().getMessage());
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        var who = event.getAuthentication().get();
        if (who == null || !who.isAuthenticated() || "anonymousUser".equals(who.getPrincipal())) {
            return;
        }
        log.warn("Refused {} to '{}'", describe(event.getSource()), who.getName());
    }

    private static String describe(Object source) {
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(source);
    }
}
