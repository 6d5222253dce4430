package vn.motcua.dossier;

import java.time.OffsetDateTime;
import vn.motcua.deadline.Timeliness;

/** A row of {@code GET /api/dossiers}. */
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
        Timeliness timeliness) {}
