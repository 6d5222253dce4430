package vn.motcua.web;

import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the dashboard shows: a period and a unit ({@code null} for all units). Every figure on the page links to the
 * dossiers behind it through {@link #drillDown}, so the headline counts, the chart bars and the league-table cells
 * all open the same list with the same filters as {@code GET /api/indicators/dossiers}; the browser only follows
 * the link the server wrote. Its methods are public for the templates.
 */
record DashboardScope(LocalDate from, LocalDate to, String unit) {

    static final String DOSSIERS = "/supervisor/dashboard/dossiers";

    /** The dossiers behind {@code metric} in this scope. */
    public String drillDown(String metric) {
        return drillDown(metric, from, to, unit, null, null);
    }

    /** The dossiers behind {@code metric} in this period, narrowed to a unit, a department or a procedure. */
    public String drillDown(String metric, String unit, String department, String procedureCode) {
        return drillDown(metric, from, to, unit, department, procedureCode);
    }

    /** The dossiers behind {@code metric} in another period (a month of the month chart), in this unit. */
    public String drillDown(String metric, LocalDate first, LocalDate last) {
        return drillDown(metric, first, last, unit, null, null);
    }

    private static String drillDown(
            String metric, LocalDate first, LocalDate last, String unit, String department, String procedureCode) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(DOSSIERS)
                .queryParam("metric", metric)
                .queryParam("from", first)
                .queryParam("to", last);
        optional(link, "unit", unit);
        optional(link, "department", department);
        optional(link, "procedureCode", procedureCode);
        return link.encode().build().toUriString();
    }

    private static void optional(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value);
        }
    }
}
