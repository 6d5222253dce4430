package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * What a citizen may see without signing in: status and dates, no personal data. {@code apology} tells of a delay:
 * the department apologised and gave a new date ({@code rescheduledDueAt}); {@code null} when there was none.
 */
public record PublicDossierView(
        String code,
        String procedureName,
        DossierStatus status,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime rescheduledDueAt,
        OffsetDateTime resultReadyAt,
        Delay apology) {

    /** The apology (Mẫu 04) as the citizen hears of it: when, the date first promised and the new one. */
    public record Delay(OffsetDateTime issuedAt, OffsetDateTime originalDueAt, OffsetDateTime newDueAt) {}
}
