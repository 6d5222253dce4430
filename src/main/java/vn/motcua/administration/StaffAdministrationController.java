package vn.motcua.administration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** docs/api.md, "Administration": staff. ADMIN for the province, UNIT_ADMIN within his unit. */
@RestController
@Tag(name = "Administration")
@ApiResponse(responseCode = "400", description = "A field is wrong (named in fields)")
@ApiResponse(responseCode = "403", description = "Not an administrator, or another unit's")
class StaffAdministrationController {

    private final StaffAdministration staff;

    StaffAdministrationController(StaffAdministration staff) {
        this.staff = staff;
    }

    @GetMapping("/api/admin/staff")
    @Operation(summary = "List the staff the caller sets up (never a password)")
    List<StaffView> all() {
        return staff.all();
    }

    @GetMapping("/api/admin/staff/{username}")
    @Operation(summary = "Read one member of staff")
    @ApiResponse(responseCode = "404", description = "No such user")
    StaffView get(@PathVariable String username) {
        return staff.get(username);
    }

    @PostMapping("/api/admin/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a member of staff with a password that follows the policy")
    @ApiResponse(responseCode = "409", description = "The user name is taken")
    StaffView create(@Valid @RequestBody StaffRequest request) {
        return staff.create(request);
    }

    @PutMapping("/api/admin/staff/{username}")
    @Operation(
            summary = "Change a member of staff (not the password)",
            description = "enabled=false: he can no longer sign in, and his open sign-ins stop at the next request.")
    @ApiResponse(responseCode = "404", description = "No such user")
    StaffView update(@PathVariable String username, @Valid @RequestBody StaffRequest request) {
        return staff.update(username, request);
    }

    @PostMapping("/api/admin/staff/{username}/password")
    @Operation(summary = "Reset a password; its owner must change it at the next sign-in")
    @ApiResponse(responseCode = "404", description = "No such user")
    StaffView resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
        return staff.resetPassword(username, reset);
    }
}
