package vn.motcua.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One explicit opening of a dossier's full personal data: who, when, which dossier, why, from where. */
public record PersonalDataAccessEntry(
        long id,
        OffsetDateTime at,
        String actor,
        @Schema(example = "SUPERVISOR") String role,
        @Schema(example = "000.00.15.H12-250307-0042") String dossierCode,
        String reason,
        @Schema(example = "10.0.0.7") String clientAddress) {}
