package vn.motcua.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.motcua.dossier.OutcomeFields;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.TaskCompletion;

/**
 * What a task page posts; it becomes the API's {@link TaskCompletion}. Which fields an outcome needs is {@link
 * OutcomeFields}, which the handling service checks and the page follows.
 */
public class TaskForm {

    private String outcome;
    private String comment;
    private String reason;
    private String missingDocuments;
    private String receivedBy;
    private Integer satisfaction;
    /** The new appointment of an apology, as a browser's date-time field gives it, in the office's time zone. */
    private String newDueAt;
    /** How the fee is paid, chosen at the completeness check of a dossier whose intake named none. */
    private PaymentMethod paymentMethod;

    /** The fields the page shows for an outcome, beside the comment every outcome may carry. */
    static List<String> fieldsOf(String outcome) {
        return OutcomeFields.shown(outcome);
    }

    /** @throws DateTimeParseException when the new appointment is not a date and time */
    TaskCompletion toCompletion(ZoneId zone) {
        List<String> missing = "REQUEST_SUPPLEMENT".equals(outcome) ? Lines.of(missingDocuments) : null;
        return new TaskCompletion(
                outcome,
                blankToNull(comment),
                blankToNull(reason),
                missing,
                blankToNull(receivedBy),
                satisfaction,
                newDueAt == null || newDueAt.isBlank()
                        ? null
                        : LocalDateTime.parse(newDueAt).atZone(zone).toOffsetDateTime(),
                paymentMethod);
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMissingDocuments() {
        return missingDocuments;
    }

    public void setMissingDocuments(String missingDocuments) {
        this.missingDocuments = missingDocuments;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getNewDueAt() {
        return newDueAt;
    }

    public void setNewDueAt(String newDueAt) {
        this.newDueAt = newDueAt;
    }
}
