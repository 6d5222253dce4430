package vn.motcua.handling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.common.Text;

/**
 * {@code POST /api/tasks/{id}/complete}: the outcome and the fields the task asks for. Which fields an outcome
 * needs is checked by {@link TaskWork}, which knows the outcome.
 */
public record TaskCompletion(
        @NotBlank @Size(max = 40) String outcome,
        @Size(max = 2000) @Pattern(regexp = Text.LINES, message = Text.NO_CONTROL_CHARACTERS) String comment,
        @Size(max = 2000) @Pattern(regexp = Text.LINES, message = Text.NO_CONTROL_CHARACTERS) String reason,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> missingDocuments,
        @Size(max = 255) @Pattern(regexp = Text.LINE, message = Text.NO_CONTROL_CHARACTERS) String receivedBy,
        @Min(1) @Max(5) Integer satisfaction,
        OffsetDateTime newDueAt) {


    public static TaskCompletion of(String outcome, String reason, List<String> missingDocuments) {
        return new TaskCompletion(outcome, null, reason, missingDocuments, null, null, null);
    }
}
