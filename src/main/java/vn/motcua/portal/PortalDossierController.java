package vn.motcua.portal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IdempotentIntake;

/** docs/portal.md, "Online dossiers"; the portal's own filter chain ({@link PortalSecurity}) checks the token. */
@RestController
@RequestMapping("/api/portal/dossiers")
@Tag(name = "Portal")
class PortalDossierController {

    private final PortalIntake intake;

    PortalDossierController(PortalIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    @Operation(
            operationId = "submitPortalDossier",
            summary = "Submit an online dossier from the portal",
            description = "The intake body of POST /api/dossiers plus portalId; channel ONLINE, no decision. The"
                    + " same portalId again answers the first dossier with 200 and creates nothing. Bearer token of"
                    + " POST /oauth2/token with scope dossier.submit. Files follow through the files endpoint.",
            security = @SecurityRequirement(name = "portalToken"))
    @ApiResponse(
            responseCode = "201",
            description = "Registered; 200 with the same body for a portalId already submitted",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    ResponseEntity<String> submit(@RequestBody ObjectNode body, @AuthenticationPrincipal Jwt token) {
        IdempotentIntake.Answer answer = intake.submit(token.getSubject(), body);
        return ResponseEntity.status(answer.repeated() ? 200 : answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
