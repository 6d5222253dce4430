package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security login to the Camunda webapps; only ADMIN reaches them (the filter chain already
 * refuses everyone else), and he enters as a Camunda administrator.
 */
public class CamundaWebappAuthenticationProvider extends ContainerBasedAuthenticationProvider implements AuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Staff staff) || !staff.hasRole(Role.ADMIN)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = new AuthenticationResult(staff.username(), true);
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // The Spring Security login page is the challenge.
    }
}
