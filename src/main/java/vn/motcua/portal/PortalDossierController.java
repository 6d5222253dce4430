package vn.motcua.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IdempotentIntake;
import vn.motcua.file.IntakeParts;

/** docs/portal.md, "Online dossiers"; the portal's own filter chain ({@link PortalSecurity}) checks the token. */
@RestController
@RequestMapping("/api/portal/dossiers")
@Tag(name = "Portal")
class PortalDossierController {

    private final PortalIntake intake;
    private final ObjectMapper json;

    PortalDossierController(PortalIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @PostMapping
    @Operation(
            operationId = "submitPortalDossier",
            summary = "Submit an online dossier from the portal, with its files (JSON or multipart)",
            description = "As POST /api/dossiers: JSON, or multipart with part `dossier` (that JSON) and parts"
                    + " `files[<document name>]` (PDF, JPEG or PNG by content). The body is the intake's plus"
                    + " portalId; channel ONLINE, no decision. The same portalId again answers the first dossier with"
                    + " 200 and creates nothing, files included. Bearer token of POST /oauth2/token with scope"
                    + " dossier.submit.",
            security = @SecurityRequirement(name = "portalToken"),
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema =
                                                @Schema(
                                                        type = "object",
                                                        description =
                                                                "The body of intakeDossier (IntakeRequest, without decision)"
                                                                        + " plus portalId: 1 to 100 letters, digits or . _ : / -")),
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                        schemaProperties = {
                                            @SchemaProperty(
                                                    name = "dossier",
                                                    schema =
                                                            @Schema(
                                                                    type = "object",
                                                                    description = "The JSON body, portalId included")),
                                            @SchemaProperty(
                                                    name = "files[<document name>]",
                                                    array =
                                                            @ArraySchema(
                                                                    arraySchema =
                                                                            @Schema(
                                                                                    description =
                                                                                            "The files of one document of the"
                                                                                                    + " dossier; one such part name per document"),
                                                                    schema =
                                                                            @Schema(
                                                                                    type = "string",
                                                                                    format = "binary")))
                                        },
                                        encoding =
                                                @Encoding(
                                                        name = "dossier",
                                                        contentType = MediaType.APPLICATION_JSON_VALUE))
                            }))
    @ApiResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @ApiResponse(
            responseCode = "200",
            description = "This portalId was submitted before: the first answer's body; nothing created or stored",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @ApiResponse(responseCode = "413", description = "A file, or the files together, over the limit")
    @ApiResponse(responseCode = "415", description = "A file that is not a PDF, JPEG or PNG by its content")
    ResponseEntity<String> submit(@RequestBody ObjectNode body, @AuthenticationPrincipal Jwt token) {
        return answer(intake.submit(token.getSubject(), body));
    }

    /** The multipart form of {@link #submit}, which documents both. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(hidden = true)
    ResponseEntity<String> submitWithFiles(MultipartHttpServletRequest request, @AuthenticationPrincipal Jwt token) {
        Map<String, List<MultipartFile>> byComponent = IntakeParts.componentFiles(request);
        return answer(intake.submit(token.getSubject(), dossierPart(request), byComponent));
    }

    private ObjectNode dossierPart(MultipartHttpServletRequest request) {
        String text = IntakeParts.text(request, "dossier");
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("dossier", "is required: the dossier's JSON, portalId included");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("dossier", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode dossier)) {
            throw new InvalidFieldException("dossier", "must be a JSON object");
        }
        return dossier;
    }

    private static ResponseEntity<String> answer(IdempotentIntake.Answer answer) {
        return ResponseEntity.status(answer.repeated() ? 200 : answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }
}
