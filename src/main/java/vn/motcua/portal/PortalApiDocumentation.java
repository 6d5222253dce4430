package vn.motcua.portal;

import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's part of {@code /v3/api-docs}: its tag and its token (client credentials at /oauth2/token). */
@Configuration
class PortalApiDocumentation {

    @Bean
    OpenApiCustomizer portalToken() {
        return openApi -> {
            openApi.getComponents()
                    .addSecuritySchemes(
                            "portalToken",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.OAUTH2)
                                    .description("A portal client's Bearer token (docs/portal.md). The token"
                                            + " endpoint answers errors as OAuth 2.0 does (RFC 6749 §5.2,"
                                            + " {\"error\": \"invalid_client\"}), not as ApiError")
                                    .flows(new OAuthFlows()
                                            .clientCredentials(new OAuthFlow()
                                                    .tokenUrl("/oauth2/token")
                                                    .scopes(new Scopes()
                                                            .addString(PortalClient.SUBMIT, "Submit online dossiers")
                                                            .addString("dossier.read", "Reserved")))));
            if (openApi.getTags() != null && openApi.getTags().stream().noneMatch(t -> "Portal".equals(t.getName()))) {
                openApi.addTagsItem(new Tag()
                        .name("Portal")
                        .description("The public-service portal: its clients, online dossiers and status sync"));
            }
        };
    }
}
