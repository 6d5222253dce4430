package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.deadline.Timeliness;
import vn.motcua.law.RuleSet;

/**
 * A dossier (hồ sơ) as stored: one row of {@code dossier}. It keeps three places apart: the unit where the citizen was
 * helped ({@code helpedUnitCode}), the desk that officially received it ({@code receivingUnitCode}, whose agency code
 * opens the dossier code) and the competent unit that resolves it ({@code unitCode}), with the names they had; and the
 * version of its procedure it was registered under ({@code procedureVersionId}: its time limit, fee, checklist and
 * agencies), {@code null} for a dossier registered before procedures had versions.
 */
public record Dossier(
        Long id,
        String code,
        String procedureCode,
        String unitCode,
        Channel channel,
        DossierStatus status,
        String applicantFullName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantEmail,
        String applicantAddress,
        PaymentMethod paymentMethod,
        BigDecimal fee,
        Instant submittedAt,
        Instant receivedAt,
        LocalDate receivedOn,
        Instant dueAt,
        Instant rescheduledDueAt,
        Instant resultReadyAt,
        Instant returnedAt,
        Instant closedAt,
        String currentDepartment,
        boolean overdue,
        Timeliness timeliness,
        Integer satisfaction,
        String returnedTo,
        String processInstanceId,
        int version,
        Instant overdueAt,
        boolean apologyMissing,
        String helpedUnitCode,
        String receivingUnitCode,
        String receivingUnitName,
        String unitName,
        Instant personalDataErasedAt,
        Long procedureVersionId) {

    /** The law that governs the dossier: the one in force the day it was received, or submitted if never received. */
    public RuleSet ruleSet(ZoneId zone) {
        return RuleSet.on(
                receivedOn != null ? receivedOn : submittedAt.atZone(zone).toLocalDate());
    }

    /** Past the original due instant and not yet resolved (đang giải quyết quá hạn). */
    public boolean isOverdue(Clock clock) {
        return isOverdue(overdue, status, dueAt, clock.instant());
    }

    /** The same, from a dossier's columns read with something else (a task list). */
    public static boolean isOverdue(boolean flaggedOverdue, DossierStatus status, Instant dueAt, Instant now) {
        return flaggedOverdue || (status == DossierStatus.PROCESSING && dueAt != null && now.isAfter(dueAt));
    }
}
