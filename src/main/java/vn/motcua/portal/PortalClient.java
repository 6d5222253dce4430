package vn.motcua.portal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A portal registered to submit dossiers (docs/portal.md): its client id and secret for the token endpoint, the scopes
 * it may ask for, and the unit whose desk checks its dossiers. The secret is kept hashed and never shown.
 */
public record PortalClient(
        String clientId,
        String name,
        @JsonIgnore String secretHash,
        List<String> scopes,
        String unitCode,
        boolean enabled,
        Instant createdAt) {

    /** May submit dossiers ({@code POST /api/portal/dossiers}). */
    public static final String SUBMIT = "dossier.submit";
}
