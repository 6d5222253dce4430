package vn.motcua.administration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.motcua.office.UnitKind;

/**
 * {@code POST /api/admin/units}, {@code PUT /api/admin/units/{code}} (where {@code code} may be left out). Without
 * office hours a unit works 08:00–12:00 and 13:00–17:00; without a lead time it apologises 8 working hours ahead.
 */
public record UnitRequest(
        @Schema(example = "XA-HOA-BINH") @Pattern(regexp = CODE, message = "must be 2 to 32 of A-Z, 0-9, . _ -")
        String code,

        @Schema(example = "000.00.17.H12") @NotBlank @Size(max = 32)
        String agencyCode,

        @Schema(example = "Ủy ban nhân dân xã Hòa Bình") @NotBlank @Size(max = 255)
        String name,

        @NotNull UnitKind kind,
        @Schema(example = "TINH-DEMO") String parentCode,
        @Valid OfficeHoursInput officeHours,
        @Min(1) @Max(80) Integer apologyLeadHours) {

    static final String CODE = "[A-Z0-9._-]{2,32}";

    /** The two working periods of a day, each {@code HH:mm-HH:mm}. */
    public record OfficeHoursInput(
            @Schema(example = "08:00-12:00") @NotBlank @Pattern(regexp = PERIOD, message = "must be HH:mm-HH:mm")
            String morning,

            @Schema(example = "13:00-17:00") @NotBlank @Pattern(regexp = PERIOD, message = "must be HH:mm-HH:mm")
            String afternoon) {

        static final String PERIOD = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d";
    }
}
