package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A procedure as an administrator, the catalog import or a seed file writes it: the body of
 * {@code POST /api/admin/procedures} and {@code PUT /api/admin/procedures/{code}}, and the argument of
 * {@link ProcedureAdministration#save} and {@link ProcedureAdministration#preview}. Enumerations are plain text here
 * so that a wrong value is a 400 naming its field, whoever wrote it; {@link ProcedureAdministration} checks it all.
 *
 * @param code the office's code of the procedure, e.g. {@code HO-KINH-DOANH}
 * @param nationalCode the code of the national database of procedures (e.g. {@code 1.001612}), optional
 * @param level {@code TINH} (provincial) or {@code XA} (commune)
 * @param timeLimit exactly one of working days, working hours or the same day
 * @param fee in đồng, 0 for none
 * @param documents the checklist of documents, in order
 * @param agencies the agencies that handle it, in order (liên thông when more than one)
 * @param template {@code ONE_DEPARTMENT}, {@code AGENCY_CHAIN}, {@code AT_DESK} or {@code CUSTOM}
 * @param processKey the key of the procedure's own model in {@code processes/}, for {@code CUSTOM} only
 * @param effectiveFrom the day from which this content applies to the dossiers registered
 * @param legalBasis the legal documents it rests on, optional
 */
public record ProcedureDraft(
        String code,
        String nationalCode,
        String name,
        String field,
        String level,
        TimeLimitDraft timeLimit,
        BigDecimal fee,
        List<String> documents,
        List<AgencyDraft> agencies,
        String template,
        String processKey,
        LocalDate effectiveFrom,
        String legalBasis) {

    /** Exactly one of the three. */
    public record TimeLimitDraft(Integer workingDays, Integer workingHours, Boolean sameDay) {}

    /**
     * One agency: the kind of department that works it ({@code department}, e.g. {@code TC-KH}) and where: a fixed unit
     * ({@code unitCode}, a provincial agency) or the unit that resolves the dossier, of a kind ({@code unitKind}, e.g.
     * {@code COMMUNE}), or of the procedure's level when neither is named; its share of the time limit, optional.
     */
    public record AgencyDraft(
            String unitKind, String unitCode, String department, Integer shareDays, Integer shareHours) {}
}
