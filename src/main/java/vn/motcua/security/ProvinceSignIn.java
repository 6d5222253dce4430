package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in with the province's own identity provider (OpenID Connect, docs/security.md), switched on by Spring
 * Boot's {@code spring.security.oauth2.client.registration.*} properties and off without them. The provider's claims
 * name the user, his role, unit and departments ({@code motcua.oidc.*-claim}); {@link ProvinceStaff} keeps our staff
 * table in step, and the member of staff, not the provider's token, becomes the signed-in principal, as after a
 * password sign-in.
 */
@Component
public class ProvinceSignIn {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ProvinceStaff staff;
    private final Claims claims;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    /** The names of the claims that carry what our staff table needs. */
    record Claims(String username, String fullName, String role, String unit, String departments) {}

    ProvinceSignIn(
            ObjectProvider<ClientRegistrationRepository> registrations,
            ProvinceStaff staff,
            @Value("${motcua.oidc.username-claim:preferred_username}") String usernameClaim,
            @Value("${motcua.oidc.full-name-claim:name}") String fullNameClaim,
            @Value("${motcua.oidc.role-claim:motcua_role}") String roleClaim,
            @Value("${motcua.oidc.unit-claim:motcua_unit}") String unitClaim,
            @Value("${motcua.oidc.departments-claim:motcua_departments}") String departmentsClaim) {
        this.registrations = registrations;
        this.staff = staff;
        this.claims = new Claims(usernameClaim, fullNameClaim, roleClaim, unitClaim, departmentsClaim);
    }

    /** Where the login page's "Đăng nhập bằng tài khoản của tỉnh" leads; empty when no provider is configured. */
    public Optional<String> signInUrl() {
        return registration().map(r -> "/oauth2/authorization/" + r.getRegistrationId());
    }

    private Optional<ClientRegistration> registration() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration r
                        && r.getScopes() != null
                        && r.getScopes().contains("openid")) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    void apply(HttpSecurity http) throws Exception {
        if (registration().isEmpty()) {
            return;
        }
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                .failureUrl("/login?refused")
                .userInfoEndpoint(user -> user.oidcUserService(users()))
                .successHandler(asStaff()));
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            Staff member = staff.signIn(
                    stringClaim(user, claims.username()),
                    stringClaim(user, claims.fullName()),
                    stringClaim(user, claims.role()),
                    stringClaim(user, claims.unit()),
                    listClaim(user, claims.departments()));
            return new ProvinceUser(user, member);
        };
    }

    /** The provider's user, carrying the member of staff he is here. */
    static final class ProvinceUser extends DefaultOidcUser {

        private final transient Staff staff;

        ProvinceUser(OidcUser user, Staff staff) {
            super(staff.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.staff = staff;
        }

        Staff staff() {
            return staff;
        }
    }

    /** The rest of the application knows its members of staff by {@link Staff}: he replaces the token. */
    private AuthenticationSuccessHandler asStaff() {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication.getPrincipal() instanceof ProvinceUser user) {
                Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(
                        user.staff(), null, user.staff().getAuthorities());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(signedIn);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                authentication = signedIn;
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static String stringClaim(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        return value == null ? null : value.toString();
    }

    private static List<String> listClaim(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (value != null && !value.toString().isBlank()) {
            for (String v : value.toString().split("[,\\s]+")) {
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    static OAuth2AuthenticationException refused(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
