package vn.motcua.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.Text;
import vn.motcua.engine.ProcessVariables;

/**
 * The outcome of a dossier's task and the fields it asks for: the body of {@code POST /api/tasks/{id}/complete}, and
 * the desk's completeness check carried by an intake. Whether the outcome is one the task offers is the handling
 * service's to check; which fields an outcome needs is {@link OutcomeFields}. {@code paymentMethod} is read only when
 * the completeness check receives a dossier with a fee whose intake named none ({@link DossierLifecycle#paymentAtCheck}).
 */
public record TaskCompletion(
        @NotBlank @Size(max = 40) String outcome,

        @Size(max = 2000) @Pattern(regexp = Text.LINES, message = Text.NO_CONTROL_CHARACTERS)
        String comment,

        @Size(max = 2000) @Pattern(regexp = Text.LINES, message = Text.NO_CONTROL_CHARACTERS)
        String reason,

        @Size(max = 50) List<@NotBlank @Size(max = 500) String> missingDocuments,

        @Size(max = 255) @Pattern(regexp = Text.LINE, message = Text.NO_CONTROL_CHARACTERS)
        String receivedBy,

        @Min(1) @Max(5) Integer satisfaction,
        OffsetDateTime newDueAt,
        PaymentMethod paymentMethod) {

    /** A completion that chooses no payment method: every task but the completeness check of a dossier with a fee. */
    public TaskCompletion(
            String outcome,
            String comment,
            String reason,
            List<String> missingDocuments,
            String receivedBy,
            Integer satisfaction,
            OffsetDateTime newDueAt) {
        this(outcome, comment, reason, missingDocuments, receivedBy, satisfaction, newDueAt, null);
    }

    public static TaskCompletion of(String outcome, String reason, List<String> missingDocuments) {
        return new TaskCompletion(outcome, null, reason, missingDocuments, null, null, null);
    }

    /** Refuses a completion that lacks a field its outcome requires, naming the field. */
    public void checkRequiredFields() {
        for (String field : OutcomeFields.required(outcome)) {
            if (missing(field)) {
                throw new InvalidFieldException(field, "is required for " + outcome);
            }
        }
    }

    /**
     * The process variables of this outcome, all transient: the gateways and delegates that read them run in the
     * completion's own transaction, and no later step can take a previous task's outcome for its own.
     */
    public VariableMap variables() {
        VariableMap variables = Variables.createVariables();
        text(variables, ProcessVariables.OUTCOME, outcome);
        text(variables, ProcessVariables.REASON, reason);
        text(variables, ProcessVariables.COMMENT, comment);
        text(variables, ProcessVariables.RECEIVED_BY, receivedBy);
        text(
                variables,
                ProcessVariables.MISSING_DOCUMENTS,
                missingDocuments == null ? null : String.join("; ", missingDocuments));
        variables.putValueTyped(ProcessVariables.SATISFACTION, Variables.integerValue(satisfaction, true));
        text(variables, ProcessVariables.NEW_DUE_AT, newDueAt == null ? null : newDueAt.toString());
        return variables;
    }

    /** A completion's line on the timeline: the task, its outcome, and the comment if there is one. */
    public static String timelineNote(String taskName, String outcome, String comment) {
        StringBuilder note = new StringBuilder(taskName).append(": ").append(outcome);
        if (comment != null && !comment.isBlank()) {
            note.append(" — ").append(comment);
        }
        return note.toString();
    }

    private boolean missing(String field) {
        return switch (field) {
            case "reason" -> reason == null || reason.isBlank();
            case "missingDocuments" -> missingDocuments == null || missingDocuments.isEmpty();
            case "newDueAt" -> newDueAt == null;
            case "receivedBy" -> receivedBy == null || receivedBy.isBlank();
            default -> throw new IllegalStateException("No check for field " + field);
        };
    }

    private static void text(VariableMap variables, String name, String value) {
        variables.putValueTyped(name, Variables.stringValue(value, true));
    }
}
