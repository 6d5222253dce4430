package vn.motcua.administration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/admin/departments}, {@code PUT /api/admin/departments/{code}}. {@code kind} is what the department
 * does as the procedure catalog names it (e.g. {@code TU-PHAP}); it defaults to the code.
 */
public record DepartmentRequest(
        @Schema(example = "HB-TU-PHAP")
        @Pattern(regexp = UnitRequest.CODE, message = "must be 2 to 32 of A-Z, 0-9, . _ -")
        String code,

        @Schema(example = "XA-HOA-BINH") @NotBlank String unitCode,

        @Schema(example = "Văn phòng HĐND và UBND") @NotBlank @Size(max = 255)
        String name,

        @Schema(example = "TU-PHAP") @Pattern(regexp = UnitRequest.CODE, message = "must be 2 to 32 of A-Z, 0-9, . _ -")
        String kind) {}
