package vn.motcua.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.indicator.DrillDownPage;
import vn.motcua.indicator.Figures;
import vn.motcua.indicator.IndicatorReport;
import vn.motcua.indicator.IndicatorService;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * The supervisor's indicators dashboard: the headline figures of a period, the on-time rate by month, department
 * and procedure, and the unit league table; every count, bar and league-table cell links to the dossiers behind it
 * ({@link DashboardScope#drillDown}). Every figure comes from {@link IndicatorService}, as {@code /api/indicators}
 * gives it; this page only lays them out.
 *
 * <p>Scope: like the overdue board, the page shows the signed-in person's own unit unless another unit, or all
 * units, is chosen. The league table always ranks every unit, because comparing units is what it is for.
 */
@Controller
class DashboardController {

    /** The drill-down list shows at most this many dossiers a page (the service's maximum). */
    static final int PAGE_SIZE = 500;

    private final IndicatorService indicators;
    private final OfficeDirectory office;
    private final MessageSource messages;
    private final Clock clock;
    private final WorkingCalendar calendar;

    DashboardController(
            IndicatorService indicators,
            OfficeDirectory office,
            MessageSource messages,
            Clock clock,
            WorkingCalendar calendar) {
        this.indicators = indicators;
        this.office = office;
        this.messages = messages;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** A supervisor of the province's root unit starts from every unit; another from his own. */
    private String ownUnit(Staff staff) {
        return staff.hasRole(Role.ADMIN) || office.isRoot(staff.unitCode()) ? null : staff.unitCode();
    }

    private boolean mayRead(Staff staff, String unit) {
        return staff.hasRole(Role.ADMIN)
                || office.isRoot(staff.unitCode())
                || office.unitAndItsUnits(staff.unitCode()).contains(unit);
    }

    /** One headline figure: its message key, its drill-down link ({@code null} for the score), its value. */
    record Headline(String key, String link, String value) {}

    /**
     * @param unit absent: the person's own unit; blank ("all units" in the form): every unit; else that unit
     */
    @GetMapping("/supervisor/dashboard")
    String page(
            @AuthenticationPrincipal Staff staff,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            Locale locale,
            Model model) {
        String chosenUnit = unit == null ? ownUnit(staff) : unit.isBlank() ? null : unit;
        if (chosenUnit != null && !mayRead(staff, chosenUnit)) {
            throw new AccessDeniedException("Unit " + chosenUnit + " is outside the supervisor's own");
        }
        DashboardScope scope = scope(from, to, chosenUnit, model);
        String first = scope.from().toString();
        String last = scope.to().toString();
        IndicatorReport report = indicators.report(first, last, scope.unit(), null, null, null);
        Figures f = report.total();
        List<Headline> headlines = List.of(
                count(scope, "received", f.received(), locale),
                count(scope, "resolved", f.resolved(), locale),
                rate(scope, "onTimeRate", f.onTimeRate(), "resolved", locale),
                count(scope, "late", f.late(), locale),
                count(scope, "inProgressOverdue", f.inProgressOverdue(), locale),
                count(scope, "lateWithoutApology", f.lateWithoutApology(), locale),
                rate(scope, "onlineRate", f.onlineRate(), "received", locale),
                rate(scope, "digitizedRate", f.digitizedRate(), "received", locale),
                rate(scope, "cashlessRate", f.cashlessRate(), "feeDossiers", locale),
                rate(scope, "satisfactionRate", f.satisfactionRate(), "ratings", locale),
                new Headline(
                        "score766",
                        null,
                        PageNumbers.decimal(f.score766().total(), 2, locale) + " / "
                                + PageNumbers.decimal(f.score766().measuredMaxPoints(), 0, locale)));

        DashboardCharts charts = new DashboardCharts(scope, messages, locale);
        String monthsFrom = YearMonth.from(scope.to()).minusMonths(11).atDay(1).toString();
        Map<String, DashboardCharts.Chart> chartData = new LinkedHashMap<>();
        chartData.put("month", charts.byMonth(indicators.report(monthsFrom, last, scope.unit(), null, null, "month")));
        chartData.put(
                "department",
                charts.byDepartment(indicators.report(first, last, scope.unit(), null, null, "department")));
        chartData.put(
                "procedure", charts.byProcedure(indicators.report(first, last, scope.unit(), null, null, "procedure")));

        model.addAttribute("scope", scope);
        model.addAttribute("from", scope.from());
        model.addAttribute("to", scope.to());
        model.addAttribute("unit", scope.unit());
        model.addAttribute("unitChoices", office.units());
        model.addAttribute("report", report);
        model.addAttribute("headlines", headlines);
        model.addAttribute("charts", chartData.values());
        model.addAttribute("chartData", chartData);
        model.addAttribute(
                "units",
                indicators.report(first, last, null, null, null, "unit").groups());
        return "supervisor/dashboard";
    }

    /** The dossiers behind one figure, with the same filters as {@code GET /api/indicators/dossiers}. */
    @GetMapping("/supervisor/dashboard/dossiers")
    String dossiers(
            @AuthenticationPrincipal Staff staff,
            @RequestParam String metric,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String chosenUnit = blankToNull(unit) == null ? ownUnit(staff) : blankToNull(unit);
        if (chosenUnit != null && !mayRead(staff, chosenUnit)) {
            throw new AccessDeniedException("Unit " + chosenUnit + " is outside the supervisor's own");
        }
        DashboardScope scope = scope(from, to, chosenUnit, model);
        DrillDownPage list = indicators.dossiers(
                metric,
                scope.from().toString(),
                scope.to().toString(),
                scope.unit(),
                department,
                procedureCode,
                Math.max(page, 0),
                PAGE_SIZE);
        model.addAttribute("from", scope.from());
        model.addAttribute("to", scope.to());
        model.addAttribute("unit", scope.unit());
        model.addAttribute("department", blankToNull(department));
        model.addAttribute("procedureCode", blankToNull(procedureCode));
        model.addAttribute("list", list);
        model.addAttribute("hasNext", (long) (list.page() + 1) * list.size() < list.total());
        return "supervisor/dashboard-dossiers";
    }

    /** The period asked for; the current month of the app's clock where a date is missing or wrong (marked). */
    private DashboardScope scope(String from, String to, String unit, Model model) {
        YearMonth month = YearMonth.now(clock.withZone(calendar.zone()));
        LocalDate start = date(from, "from", month.atDay(1), model);
        LocalDate end = date(to, "to", month.atEndOfMonth(), model);
        if (end.isBefore(start)) {
            model.addAttribute("toError", true);
            start = month.atDay(1);
            end = month.atEndOfMonth();
        }
        return new DashboardScope(start, end, unit);
    }

    private static LocalDate date(String value, String field, LocalDate fallback, Model model) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            model.addAttribute(field + "Error", true);
            return fallback;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Headline count(DashboardScope scope, String key, long value, Locale locale) {
        return new Headline(key, scope.drillDown(key), PageNumbers.decimal(value, 0, locale));
    }

    /** A rate links to the dossiers of its denominator (docs/indicators.md), where each row shows how it counted. */
    private static Headline rate(DashboardScope scope, String key, BigDecimal rate, String denominator, Locale locale) {
        return new Headline(
                key, scope.drillDown(denominator), PageNumbers.percent(DashboardCharts.percent(rate), locale));
    }
}
