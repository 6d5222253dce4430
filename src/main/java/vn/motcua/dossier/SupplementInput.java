package vn.motcua.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/dossiers/{code}/supplement}: what the citizen brought. */
public record SupplementInput(@NotEmpty @Size(max = 100) List<IntakeRequest.@NotNull @Valid DocumentInput> documents) {}
