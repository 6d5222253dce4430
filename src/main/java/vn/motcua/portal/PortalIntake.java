package vn.motcua.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IdempotentIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.file.DossierFiles;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * A dossier submitted online through a portal ({@code POST /api/portal/dossiers}): the intake body of the desk plus
 * the portal's {@code portalId}, channel ONLINE and no decision, so it waits for the completeness check at the desk
 * of the client's unit like any online dossier. Its files come with it, as with the desk's multipart intake. One
 * dossier (and one set of files) per portalId and client, whatever the number of tries.
 */
@Service
class PortalIntake {

    private static final Pattern PORTAL_ID = Pattern.compile("[\\p{Alnum}._:/-]{1,100}");

    private final PortalClients clients;
    private final IdempotentIntake intakes;
    private final DossierFiles files;
    private final Validator validator;
    private final ObjectMapper json;

    PortalIntake(
            PortalClients clients,
            IdempotentIntake intakes,
            DossierFiles files,
            Validator validator,
            ObjectMapper json) {
        this.clients = clients;
        this.intakes = intakes;
        this.files = files;
        this.validator = validator;
        this.json = json;
    }

    /** A dossier without files (the JSON body). */
    IdempotentIntake.Answer submit(String clientId, ObjectNode body) {
        return submit(clientId, body, Map.of());
    }

    /**
     * A dossier with the files of its components, judged and stored as the desk's multipart intake does. Nothing is
     * read or stored for a portalId already answered; a refused file leaves no trace and the portalId free.
     *
     * @param byComponent the uploads by the document (component) they digitise
     */
    IdempotentIntake.Answer submit(String clientId, ObjectNode body, Map<String, List<MultipartFile>> byComponent) {
        PortalClient client = clients.get(clientId);
        JsonNode portalIdNode = body.get("portalId");
        String portalId = portalIdNode == null || !portalIdNode.isValueNode() ? null : portalIdNode.asText();
        if (portalId == null || !PORTAL_ID.matcher(portalId).matches()) {
            throw new InvalidFieldException(
                    "portalId", "is required: 1 to 100 letters, digits or . _ : / -, the portal's own dossier id");
        }
        if (body.hasNonNull("decision")) {
            throw new InvalidFieldException("decision", "a portal dossier waits for the desk's completeness check");
        }
        ObjectNode intake = body.deepCopy();
        intake.remove("portalId");
        intake.put("channel", Channel.ONLINE.name());
        IntakeRequest request;
        try {
            request = json.treeToValue(intake, IntakeRequest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "is not a dossier: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<IntakeRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            // Named by the whole path (applicant.phone), as the desk's API names them.
            ConstraintViolation<IntakeRequest> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            throw new InvalidFieldException(first.getPropertyPath().toString(), first.getMessage());
        }
        Staff portal = new Staff(
                "portal:" + client.clientId(), null, client.name(), Role.CLERK, client.unitCode(), true, Set.of());
        return asPortal(
                portal,
                () -> intakes.intake(
                        "portal:" + client.clientId(),
                        portalId,
                        null,
                        () -> files.intake(request, byComponent, portal)));
    }

    /**
     * Runs the intake as the portal, so that the timeline names it as the one who submitted; the request's own
     * authentication (the token) is put back after.
     */
    private static <T> T asPortal(Staff portal, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(portal, null, Set.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
