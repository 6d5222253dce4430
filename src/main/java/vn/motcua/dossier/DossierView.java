package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.deadline.Timeliness;
import vn.motcua.law.RuleSet;

/** {@code GET /api/dossiers/{code}}: the dossier with its documents and timeline (docs/api.md). */
public record DossierView(
        String code,
        String procedureCode,
        String procedureName,
        Integer procedureVersion,
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
        Places places,
        RuleSet ruleSet,
        boolean overdue,
        Timeliness timeliness,
        ApologyView apology,
        PaymentMethod paymentMethod,
        BigDecimal fee,
        Integer satisfaction,
        List<DossierDocument> documents,
        List<ControlSheetRow> controlSheet,
        List<TimelineEntry> timeline) {

    /**
     * Where the citizen was helped, the desk that officially received the dossier, and the competent unit that
     * resolves it: one unit for a dossier received where it is resolved, up to three across a province.
     */
    public record Places(Place helped, Place receiving, Place competent) {}

    public record Place(String unitCode, String unitName) {}

    /**
     * One hand-over of the control sheet: who took it from whom, its share, when it was handed on; the department's
     * unit and name as they were when the dossier was registered.
     */
    public record ControlSheetRow(
            int position,
            String department,
            String departmentName,
            String unit,
            String unitName,
            OffsetDateTime takenAt,
            String takenFrom,
            OffsetDateTime shareDueAt,
            OffsetDateTime handedAt,
            String handedBy,
            Timeliness timeliness) {}

    /**
     * The applicant as the caller may see him: {@code FULL}, {@code MASKED} for staff whose work does not need the
     * identity number, phone, e-mail and street address, {@code ERASED} (every field null) once the retention rule
     * removed them (docs/domain.md, "Dữ liệu cá nhân").
     */
    public record ApplicantView(
            String fullName,
            String idNumber,
            String phone,
            String email,
            String address,
            PersonalData.Disclosure disclosure) {}

    public record ApologyView(OffsetDateTime issuedAt, String reason, OffsetDateTime newDueAt) {}

    public record TimelineEntry(
            OffsetDateTime at, String step, String actor, String department, String note, String legalBasis) {}
}
