package vn.motcua.administration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.motcua.security.Role;

/**
 * {@code POST /api/admin/staff} (with {@code password}), {@code PUT /api/admin/staff/{username}} (without it, with
 * {@code enabled}). A handler or an approver works at least one department of his unit.
 */
public record StaffRequest(
        @Schema(example = "handler.hoabinh")
        @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "must be 3 to 64 of a-z, 0-9, . _ -")
        String username,

        @Schema(example = "Phạm Văn Bình") @NotBlank @Size(max = 255)
        String fullName,

        @NotNull Role role,
        @Schema(example = "XA-HOA-BINH") @NotBlank String unitCode,
        List<String> departments,
        String password,
        Boolean enabled) {

    List<String> departmentsOrNone() {
        return departments == null ? List.of() : departments;
    }
}
