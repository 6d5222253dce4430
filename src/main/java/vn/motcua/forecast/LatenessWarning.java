package vn.motcua.forecast;

import java.time.Instant;

/**
 * What the head of a department is told, once per dossier, when it turns "will be late" while its apology point
 * is still ahead.
 */
public record LatenessWarning(
        long dossierId,
        String dossierCode,
        String departmentCode,
        Instant warnedAt,
        Instant dueAt,
        Instant predictedFinishAt,
        Instant apologyAt,
        String reason) {}
