package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way a user name and password are checked, for the login form, HTTP Basic, the engine's REST API and the
 * Camunda webapps alike: first the locks of {@link SignInThrottle} (a locked account is refused before its password
 * is looked at, so no BCrypt runs for it), then the BCrypt check of {@link StaffDirectory}, then the count of a
 * failure.
 */
@Configuration
class ThrottledSignIn {

    @Bean
    AuthenticationProvider throttledPasswordSignIn(
            StaffDirectory staff, PasswordEncoder encoder, SignInThrottle throttle, ClientAddress clients) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff);
        passwords.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String username = authentication.getName();
                String client = client(authentication, clients);
                try {
                    throttle.check(username, client);
                    try {
                        return passwords.authenticate(authentication);
                    } catch (BadCredentialsException e) {
                        throttle.failed(username, client);
                        throw e;
                    }
                } catch (DataAccessException | TransactionException unreachable) {
                    // As the password check itself reports a database it cannot reach: the entry point then answers
                    // the 503 of docs/api.md, not 401 nor a bare 500.
                    throw new InternalAuthenticationServiceException(unreachable.getMessage(), unreachable);
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    private static String client(Authentication authentication, ClientAddress clients) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return clients.of(request);
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
