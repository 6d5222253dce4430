package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import vn.motcua.common.ApiError;

/**
 * The portal's own two filter chains, ahead of the application's (HTTP Basic and form login), which they leave as it
 * is: the token endpoint ({@code /oauth2/**}, Spring Authorization Server, client credentials) and the portal API
 * ({@code /api/portal/**}, a resource server that accepts only this application's own JWTs). Both are stateless: nothing is kept between requests.
 */
@Configuration
class PortalSecurity {

    private final ObjectMapper json;

    PortalSecurity(ObjectMapper json) {
        this.json = json;
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, PortalClients clients, SigningKey key) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        config -> config.registeredClientRepository(clients)
                                .authorizationService(new NoStoredAuthorizations()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(state -> state.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                        write(response, ApiError.of(401, "unauthorized", "Authenticate the client"), null)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalApi(HttpSecurity http, SigningKey key) throws Exception {
        JwtDecoder decoder = OAuth2AuthorizationServerConfiguration.jwtDecoder(key);
        http.securityMatcher("/api/portal/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority("SCOPE_" + PortalClient.SUBMIT))
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint((request, response, e) -> write(
                                response,
                                ApiError.of(401, "unauthorized", "A valid Bearer token is needed (POST /oauth2/token)"),
                                "Bearer"))
                        .accessDeniedHandler((request, response, e) -> write(
                                response,
                                ApiError.of(403, "forbidden", "The token lacks scope " + PortalClient.SUBMIT),
                                "Bearer error=\"insufficient_scope\", scope=\"" + PortalClient.SUBMIT + "\"")))
                .sessionManagement(state -> state.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A Bearer token is sent by a program, never attached by a browser on its own: nothing to forge.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The issuer is taken from each request, so every node and address issues tokens the others accept. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    private void write(HttpServletResponse response, ApiError error, String challenge) throws IOException {
        if (challenge != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
