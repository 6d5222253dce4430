package vn.motcua.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One change an administrator made: what the record was before and became after ({@code null} when none). */
public record AdministrationLogEntry(
        long id,
        OffsetDateTime at,
        String actor,
        @Schema(example = "UNIT_CREATED") String kind,
        @Schema(example = "XA-DONG-LUA") String target,
        JsonNode before,
        JsonNode after) {}
