package vn.motcua.dossier;

import java.time.OffsetDateTime;

/** What a citizen may see without signing in: status and dates, no personal data. */
public record PublicDossierView(
        String code,
        String procedureName,
        DossierStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime rescheduledDueAt,
        OffsetDateTime resultReadyAt) {}
