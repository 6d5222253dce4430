package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the mapper needs to select a period and a scope.
 *
 * @param from first office-zone date of the period
 * @param to last office-zone date of the period (inclusive)
 * @param start the instant {@code from} begins in the office zone
 * @param end the instant after {@code to} ends in the office zone (exclusive)
 * @param asOf the moment the states are read at: the period's end, or now if the period has not ended yet
 * @param unit a unit code, or {@code null} for all
 * @param department a department code (the procedure's first agency), or {@code null} for all
 * @param departmentProcedures the procedures whose first agency is {@code department}; {@code null} without it
 * @param procedureCode a procedure code, or {@code null} for all
 * @param groupColumn {@code unit_code} or {@code procedure_code} to count each value apart ({@code stat_month} in
 *     sums of whole months of the rollup), or {@code null}
 */
record IndicatorScope(
        LocalDate from,
        LocalDate to,
        Instant start,
        Instant end,
        Instant asOf,
        String unit,
        String department,
        List<String> departmentProcedures,
        String procedureCode,
        String groupColumn) {

    static final String BY_UNIT = "unit_code";
    static final String BY_PROCEDURE = "procedure_code";
    /** Calendar months (year × 100 + month): for the month rollup's sums only. */
    static final String BY_MONTH = "stat_month";

    /** The same unit, department and procedure over the instants [{@code start}, {@code asOf}) only. */
    IndicatorScope between(Instant start, Instant asOf) {
        return new IndicatorScope(
                from, to, start, end, asOf, unit, department, departmentProcedures, procedureCode, groupColumn);
    }

    /** The same scope, counted apart for each value of {@code column} ({@link #BY_UNIT}, {@link #BY_PROCEDURE}). */
    IndicatorScope groupedBy(String column) {
        return new IndicatorScope(
                from, to, start, end, asOf, unit, department, departmentProcedures, procedureCode, column);
    }
}
