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
 */
record IndicatorScope(LocalDate from, LocalDate to, Instant start, Instant end, Instant asOf, String unit,
        String department, List<String> departmentProcedures, String procedureCode) {

    /** The same unit, department and procedure over the instants [{@code start}, {@code asOf}) only. */
    IndicatorScope between(Instant start, Instant asOf) {
        return new IndicatorScope(from, to, start, end, asOf, unit, department, departmentProcedures, procedureCode);
    }
}
