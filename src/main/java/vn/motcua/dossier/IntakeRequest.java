package vn.motcua.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.motcua.common.Text;

/**
 * {@code POST /api/dossiers}. Without a decision the dossier waits for the desk's completeness check (the online
 * path); with one, the check is done in the same request (the desk path). A desk receives a dossier whatever the
 * applicant's address; {@code competentUnitCode} names the unit that resolves it where the clerk's own unit does not
 * (a commune procedure received at the provincial center).
 */
public record IntakeRequest(
        @NotBlank @Size(max = 32) String procedureCode,
        @NotNull Channel channel,
        @NotNull @Valid Applicant applicant,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid DocumentInput> documents,
        PaymentMethod paymentMethod,
        Decision decision,

        @Size(max = 2000) @Pattern(regexp = Text.LINES, message = Text.NO_CONTROL_CHARACTERS)
        String reason,

        @Size(max = 50) List<@NotBlank @Size(max = 500) String> missingDocuments,
        @Size(max = 32) String competentUnitCode) {

    /** The applicant (tổ chức, cá nhân). */
    public record Applicant(
            @NotBlank @Size(max = 255) @Pattern(regexp = Text.LINE, message = Text.NO_CONTROL_CHARACTERS)
            String fullName,

            @NotBlank
            @Pattern(regexp = "\\d{12}|\\d{9}", message = "must be a 12-digit citizen ID (CCCD) or a 9-digit ID")
            String idNumber,

            @NotBlank
            @Pattern(
                    regexp = "0\\d{9,10}",
                    message = "must be a Vietnamese phone number of 10 or 11 digits starting with 0")
            String phone,

            @Email @Size(max = 254) String email,

            @NotBlank @Size(max = 500) @Pattern(regexp = Text.LINE, message = Text.NO_CONTROL_CHARACTERS)
            String address) {}

    /** A document of the dossier and whether the desk digitised it. */
    public record DocumentInput(
            @NotBlank @Size(max = 500) @Pattern(regexp = Text.LINE, message = Text.NO_CONTROL_CHARACTERS)
            String name,

            boolean digitized) {}

    /** The completeness check's three outcomes (docs/domain.md, "Lifecycle"). */
    public enum Decision {
        ACCEPT,
        REQUEST_SUPPLEMENT,
        REFUSE
    }
}
