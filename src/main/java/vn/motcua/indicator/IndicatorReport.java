package vn.motcua.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/indicators}: the figures of the whole scope, and with {@code groupBy} the same per unit,
 * department, procedure or month; per unit also the league-table rank by the Decision 766 score.
 */
public record IndicatorReport(
        LocalDate from,
        LocalDate to,
        String unit,
        String department,
        String procedureCode,
        String groupBy,
        OffsetDateTime statesAsOf,
        Figures total,
        List<Row> groups) {

    /** One group: its key (a code, or YYYY-MM), its name, its rank (units only) and its figures. */
    public record Row(String key, String name, Integer rank, Figures figures) {}
}
