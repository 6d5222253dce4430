package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
        mirrorIntoEngineIdentity(staff, engine);
        AuthenticationResult result = new AuthenticationResult(staff.username(), true);
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /**
     * The webapps look the user up in the engine's own identity tables; our staff table stays the one source, and
     * the mirrored user gets a random password because the engine's own login is never used.
     */
    private static void mirrorIntoEngineIdentity(Staff staff, ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(staff.username()).count() > 0) {
            return;
        }
        User user = identity.newUser(staff.username());
        user.setFirstName(staff.fullName());
        user.setLastName("");
        user.setPassword(UUID.randomUUID().toString());
        identity.saveUser(user);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // The Spring Security login page is the challenge.
    }
}
