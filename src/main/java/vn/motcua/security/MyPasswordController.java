package vn.motcua.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** docs/api.md, "Me": the signed-in member of staff and his own password. */
@RestController
@Tag(name = "Me")
class MyPasswordController {

    /** {@code current}: the password he signed in with; {@code next}: the new one. */
    record PasswordChangeRequest(String current, String next) {}

    private final PasswordChange passwords;
    private final ClientAddress clients;

    MyPasswordController(PasswordChange passwords, ClientAddress clients) {
        this.passwords = passwords;
        this.clients = clients;
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change my password",
            description = "204 when changed. 400 naming `current` when it is not the caller's password, `next` when"
                    + " the new one breaks the password policy (10 characters at least, not containing the user"
                    + " name) or equals the current one. A wrong `current` counts as a failed sign-in; while the"
                    + " account is locked `current` is not checked (400). Allowed while a password change is"
                    + " required.")
    void change(@RequestBody PasswordChangeRequest request, Authentication caller, HttpServletRequest httpRequest) {
        passwords.change(caller.getName(), request.current(), request.next(), clients.of(httpRequest));
    }
}
