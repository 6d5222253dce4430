package vn.motcua.dossier;

import java.time.OffsetDateTime;
import vn.motcua.deadline.Timeliness;

/**
 * A row of {@code GET /api/dossiers}. {@code applicantName} is the first field the list had; {@code applicant} says the
 * same the way the dossier view does.
 */
public record DossierSummary(
        String code,
        String procedureCode,
        String applicantName,
        Channel channel,
        DossierStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        String currentDepartment,
        boolean overdue,
        Timeliness timeliness,
        String procedureName,
        Applicant applicant,
        OffsetDateTime submittedAt,
        OffsetDateTime rescheduledDueAt) {

    /** Who applied, as a list shows it. */
    public record Applicant(String fullName) {}
}
