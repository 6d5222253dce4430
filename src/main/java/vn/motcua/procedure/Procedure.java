package vn.motcua.procedure;

import java.math.BigDecimal;
import java.util.List;
import vn.motcua.calendar.TimeLimit;

/**
 * An administrative procedure (thủ tục hành chính) as the office publishes it: its legal time limit, fee, the
 * agencies that handle it in order (liên thông when more than one) and the BPMN process that drives the handling.
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
        List<String> documents) {

    /** One agency's part of the handling, and its share of the time limit (for the control sheet, Mẫu 05). */
    public record Agency(String department, Integer shareDays, Integer shareHours) {}

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
