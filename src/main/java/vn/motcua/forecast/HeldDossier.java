package vn.motcua.forecast;

import java.time.Instant;

/** A dossier in handling held by a department, as the forecast reads it. */
record HeldDossier(
        long id,
        String code,
        String procedureCode,
        String applicantFullName,
        String currentDepartment,
        String unitCode,
        Instant receivedAt,
        Instant dueAt,
        String processInstanceId) {}
