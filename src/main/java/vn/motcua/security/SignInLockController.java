package vn.motcua.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** docs/api.md, "Administration": lifting a sign-in lock. ADMIN only ({@code /api/admin/**}). */
@RestController
@Tag(name = "Administration")
class SignInLockController {

    private final SignInThrottle throttle;

    SignInLockController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @PostMapping("/api/admin/staff/{username}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Unlock a member of staff's sign-in",
            description = "204: the account's sign-in lock (after 10 failed sign-ins within 15 minutes) is lifted and"
                    + " the failures so far no longer count; logged as STAFF_UNLOCKED. 404 for an unknown user."
                    + " Locks of a client address are not lifted; they end by themselves.")
    void unlock(@PathVariable String username) {
        throttle.unlock(username);
    }
}
