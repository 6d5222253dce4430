package vn.motcua.deadline;

import java.time.Instant;

/** A dossier in handling whose due instant is near or past, as the board's query reads it. */
record WatchedDossier(
        long id,
        String code,
        String procedureCode,
        String applicantFullName,
        String currentDepartment,
        String unitCode,
        String unitName,
        Instant receivedAt,
        Instant dueAt,
        Instant rescheduledDueAt,
        Instant apologyIssuedAt,
        String processInstanceId) {}
