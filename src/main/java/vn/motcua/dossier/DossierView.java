package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/dossiers/{code}}: the dossier with its documents and timeline (api.md). */
public record DossierView(
        String code,
        String procedureCode,
        String procedureName,
        Channel channel,
        ApplicantView applicant,
        DossierStatus status,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime rescheduledDueAt,
        OffsetDateTime resultReadyAt,
        OffsetDateTime returnedAt,
        String currentDepartment,
        boolean overdue,
        Timeliness timeliness,
        ApologyView apology,
        PaymentMethod paymentMethod,
        BigDecimal fee,
        Integer satisfaction,
        List<DossierDocument> documents,
        List<TimelineEntry> timeline) {

    public record ApplicantView(String fullName, String idNumber, String phone, String email, String address) {}

    public record ApologyView(OffsetDateTime issuedAt, String reason, OffsetDateTime newDueAt) {}

    public record TimelineEntry(OffsetDateTime at, String step, String actor, String department, String note) {}
}
