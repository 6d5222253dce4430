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
 * (a commune procedure received at the provincial center). {@code reuse} names files of the applicant's earlier
 * dossiers (by id) that stand for components of this one without a new upload.
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
        @Size(max = 32) String competentUnitCode,
        @Size(max = 100) List<@NotNull Long> reuse) {

    /** The same request without components reused from the applicant's earlier dossiers. */
    public IntakeRequest(
            String procedureCode,
            Channel channel,
            Applicant applicant,
            List<DocumentInput> documents,
            PaymentMethod paymentMethod,
            Decision decision,
            String reason,
            List<String> missingDocuments,
            String competentUnitCode) {
        this(
                procedureCode,
                channel,
                applicant,
                documents,
                paymentMethod,
                decision,
                reason,
                missingDocuments,
                competentUnitCode,
                null);
    }

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

    /**
     * A document (component) of the dossier. {@code digitized} is read and ignored, for clients written before files:
     * a component is digitised when it has a file (docs/domain.md, "Files").
     */
    public record DocumentInput(
            @NotBlank @Size(max = 500) @Pattern(regexp = Text.LINE, message = Text.NO_CONTROL_CHARACTERS)
            String name,

            boolean digitized) {

        public DocumentInput(String name) {
            this(name, false);
        }
    }

    /** The completeness check's three outcomes (docs/domain.md, "Lifecycle"). */
    public enum Decision {
        ACCEPT,
        REQUEST_SUPPLEMENT,
        REFUSE
    }
}
