package vn.motcua.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.Staff;

/** docs/api.md, "Personal data": the explicit, logged opening of a dossier's applicant in full. */
@RestController
@Tag(name = "Dossiers")
class PersonalDataController {

    private final PersonalDataAccessLog accessLog;

    PersonalDataController(PersonalDataAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** The body; {@code reason} is checked by the service, which the page shares. */
    record OpeningInput(String reason) {}

    @PostMapping("/api/dossiers/{code}/personal-data")
    @Operation(
            summary = "Open the applicant's full personal data, with a reason",
            description = "For staff who see the applicant masked (supervisors, administrators, another desk): the"
                    + " identity number, phone, e-mail and address in full. Each call is written to the personal"
                    + " data access log (who, when, which dossier, why, from where) in the same transaction. 400"
                    + " naming reason when it is missing or shorter than 5 characters; 403 for a dossier the caller"
                    + " may not read or of another unit; 404 for an unknown code.")
    OpenedPersonalData open(
            @PathVariable String code,
            @RequestBody(required = false) OpeningInput input,
            @AuthenticationPrincipal Staff staff,
            HttpServletRequest request) {
        return accessLog.open(code, input == null ? null : input.reason(), staff, request.getRemoteAddr());
    }
}
