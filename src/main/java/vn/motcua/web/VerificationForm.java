package vn.motcua.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.motcua.handling.VerificationWait;

/** What the task page's "Chờ xác minh" form posts; it becomes the API's {@link VerificationWait}. */
public class VerificationForm {

    /** When the answer is expected, as a browser's date-time field gives it, in the office's time zone. */
    private String expectedBy;

    private String reason;

    /** @throws DateTimeParseException when the expected instant is not a date and time */
    VerificationWait toWait(ZoneId zone) {
        return new VerificationWait(
                expectedBy == null || expectedBy.isBlank()
                        ? null
                        : LocalDateTime.parse(expectedBy).atZone(zone).toOffsetDateTime(),
                reason == null ? null : reason.strip());
    }

    public String getExpectedBy() {
        return expectedBy;
    }

    public void setExpectedBy(String expectedBy) {
        this.expectedBy = expectedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
