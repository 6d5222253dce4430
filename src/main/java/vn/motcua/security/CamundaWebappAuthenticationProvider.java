package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security login to the Camunda webapps; only ADMIN reaches them (the filter chain already
 * refuses everyone else), and he enters as a Camunda administrator.
 */
public class CamundaWebappAuthenticationProvider extends ContainerBasedAuthenticationProvider
        implements AuthenticationProvider {

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
     * the mirrored user gets a random password because the engine's own login is never used. He is also made a
     * member of {@code camunda-admin} there: while no user of that group exists, the webapps send every visitor of
     * Cockpit or Tasklist to the "create the first admin user" setup page instead.
     */
    private static synchronized void mirrorIntoEngineIdentity(Staff staff, ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery()
                        .userId(staff.username())
                        .memberOfGroup(CAMUNDA_ADMIN_GROUP)
                        .count()
                > 0) {
            return;
        }
        if (identity.createUserQuery().userId(staff.username()).count() == 0) {
            User user = identity.newUser(staff.username());
            user.setFirstName(staff.fullName());
            user.setLastName("");
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        identity.createMembership(staff.username(), CAMUNDA_ADMIN_GROUP);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // The Spring Security login page is the challenge.
    }
}
