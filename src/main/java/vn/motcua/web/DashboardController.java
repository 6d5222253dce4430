package vn.motcua.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.indicator.DrillDownPage;
import vn.motcua.indicator.Figures;
import vn.motcua.indicator.IndicatorReport;
import vn.motcua.indicator.IndicatorService;

/**
 * The supervisor's indicators dashboard: the headline figures of a period, each count a link to the dossiers behind
 * it, and the on-time rate by month, department and procedure, and the unit league table. Every figure comes from
 * {@link IndicatorService}, as {@code /api/indicators} gives it; this page only lays them out.
 */
@Controller
class DashboardController {

    /** The drill-down list shows at most this many dossiers a page (the service's maximum). */
    static final int PAGE_SIZE = 500;

    private final IndicatorService indicators;
    private final Clock clock;
    private final WorkingCalendar calendar;

    DashboardController(IndicatorService indicators, Clock clock, WorkingCalendar calendar) {
        this.indicators = indicators;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** One headline figure: its message key, the drill-down metric of a count ({@code null} for a rate), its value. */
    record Headline(String key, String metric, String value) {}

    /** One chart: its id, caption key, the labels and values (on-time rate in %, {@code null} where nothing resolved). */
    record Chart(String id, String caption, List<String> labels, List<BigDecimal> values, List<Long> resolved) {}

    @GetMapping("/supervisor/dashboard")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Period period = period(from, to, model);
        IndicatorReport report = indicators.report(period.from().toString(), period.to().toString(), null, null, null, null);
        Figures f = report.total();
        List<Headline> headlines = List.of(
                count("received", f.received()), count("resolved", f.resolved()),
                rate("onTimeRate", f.onTimeRate()), count("late", f.late()),
                count("inProgressOverdue", f.inProgressOverdue()), count("lateWithoutApology", f.lateWithoutApology()),
                rate("onlineRate", f.onlineRate()), rate("digitizedRate", f.digitizedRate()),
                rate("cashlessRate", f.cashlessRate()), rate("satisfactionRate", f.satisfactionRate()),
                new Headline("score766", null, f.score766().total().setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + " / " + f.score766().measuredMaxPoints()));

        YearMonth last = YearMonth.from(period.to());
        IndicatorReport byMonth = indicators.report(last.minusMonths(11).atDay(1).toString(), period.to().toString(),
                null, null, null, "month");
        IndicatorReport byDepartment = grouped(period, "department");
        IndicatorReport byProcedure = grouped(period, "procedure");
        IndicatorReport byUnit = grouped(period, "unit");

        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("month", chart("chart-month", "dashboard.chart.month", byMonth, IndicatorReport.Row::key));
        charts.put("department", chart("chart-department", "dashboard.chart.department", byDepartment,
                r -> r.key() + (r.name() == null || r.name().equals(r.key()) ? "" : " · " + r.name())));
        charts.put("procedure", chart("chart-procedure", "dashboard.chart.procedure", byProcedure, IndicatorReport.Row::name));

        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("report", report);
        model.addAttribute("headlines", headlines);
        model.addAttribute("charts", charts.values());
        model.addAttribute("chartData", charts);
        model.addAttribute("units", byUnit.groups());
        return "supervisor/dashboard";
    }

    @GetMapping("/supervisor/dashboard/dossiers")
    String dossiers(@RequestParam String metric, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
        Period period = period(from, to, model);
        DrillDownPage list = indicators.dossiers(metric, period.from().toString(), period.to().toString(), null, null,
                null, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("list", list);
        model.addAttribute("hasNext", (long) (list.page() + 1) * list.size() < list.total());
        return "supervisor/dashboard-dossiers";
    }

    private IndicatorReport grouped(Period period, String groupBy) {
        return indicators.report(period.from().toString(), period.to().toString(), null, null, null, groupBy);
    }

    private record Period(LocalDate from, LocalDate to) {}

    /** The period asked for; the current month of the app's clock where a date is missing or wrong (marked). */
    private Period period(String from, String to, Model model) {
        YearMonth month = YearMonth.now(clock.withZone(calendar.zone()));
        LocalDate start = date(from, "from", month.atDay(1), model);
        LocalDate end = date(to, "to", month.atEndOfMonth(), model);
        if (end.isBefore(start)) {
            model.addAttribute("toError", true);
            start = month.atDay(1);
            end = month.atEndOfMonth();
        }
        return new Period(start, end);
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

    private static Headline count(String key, long value) {
        return new Headline(key, key, Long.toString(value));
    }

    private static Headline rate(String key, BigDecimal rate) {
        return new Headline(key, null, rate == null ? "—" : percent(rate).toPlainString() + " %");
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    private static Chart chart(String id, String caption, IndicatorReport report,
            Function<IndicatorReport.Row, String> label) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<Long> resolved = new ArrayList<>();
        for (IndicatorReport.Row row : report.groups()) {
            labels.add(label.apply(row));
            values.add(percent(row.figures().onTimeRate()));
            resolved.add(row.figures().resolved());
        }
        return new Chart(id, caption, labels, values, resolved);
    }
}
