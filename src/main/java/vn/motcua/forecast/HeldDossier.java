package vn.motcua.forecast;

import java.time.Instant;

/**
 * A dossier in handling held by a department, as the forecast reads it; {@code awaitedUntil}: when the answer its
 * handler waits for is expected (chờ xác minh), or {@code null}.
 */
record HeldDossier(
        long id,
        String code,
        String procedureCode,
        String applicantFullName,
        String currentDepartment,
        String unitCode,
        Instant receivedAt,
        Instant dueAt,
        String processInstanceId,
        Instant awaitedUntil) {}
