package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.office.UnitKind;

/**
 * One version of an administrative procedure (thủ tục hành chính) as the office publishes it: its level (TINH, XA)
 * and the kinds of unit that resolve it, its legal time limit, fee, checklist of documents, the agencies that handle
 * it in order (liên thông when more than one) and how it is handled ({@link HandlingTemplate}, hence the BPMN process
 * that drives the handling). A change to a procedure is a new version from its {@code effectiveFrom}; a dossier keeps
 * the version it was registered under ({@code versionId}).
 */
public record Procedure(
        String code,
        String name,
        String field,
        String level,
        Integer processingDays,
        Integer processingHours,
        boolean sameDay,
        BigDecimal fee,
        String processKey,
        String legalBasis,
        List<Agency> agencies,
        List<String> documents,
        List<UnitKind> resolvedBy,
        String nationalCode,
        HandlingTemplate template,
        Long versionId,
        int versionNo,
        LocalDate effectiveFrom) {

    /**
     * One agency's part of the handling, and its share of the time limit (for the control sheet). {@code department}
     * is the kind of department that works it; {@code unit} a fixed unit (a provincial agency), or {@code null} for
     * the unit that resolves the dossier, which is of {@code unitKind} where that is named.
     */
    public record Agency(UnitKind unitKind, String unit, String department, Integer shareDays, Integer shareHours) {}

    /** The same content as another version: its id, number and effective date. */
    public Procedure asVersion(Long versionId, int versionNo, LocalDate effectiveFrom) {
        return new Procedure(
                code,
                name,
                field,
                level,
                processingDays,
                processingHours,
                sameDay,
                fee,
                processKey,
                legalBasis,
                agencies,
                documents,
                resolvedBy,
                nationalCode,
                template,
                versionId,
                versionNo,
                effectiveFrom);
    }

    /** The kinds of unit that resolve a procedure of this level, where the catalog names none: XA a commune. */
    public static List<UnitKind> defaultResolvers(String level) {
        return "TINH".equals(level) ? List.of(UnitKind.PROVINCE) : List.of(UnitKind.COMMUNE);
    }

    /** How {@code admin_procedure.resolved_by} keeps the kinds: comma-separated. */
    public String resolvedByText() {
        return String.join(",", resolvedBy.stream().map(Enum::name).toList());
    }

    public boolean resolvedBy(UnitKind kind) {
        return resolvedBy.contains(kind);
    }

    public TimeLimit timeLimit() {
        if (sameDay) {
            return TimeLimit.sameDay();
        }
        if (processingHours != null) {
            return TimeLimit.workingHours(processingHours);
        }
        return TimeLimit.workingDays(processingDays);
    }

    public boolean hasFee() {
        return fee.signum() > 0;
    }

    /** The first department that works the dossier after receipt. */
    public String firstDepartment() {
        return agencies.get(0).department();
    }
}
