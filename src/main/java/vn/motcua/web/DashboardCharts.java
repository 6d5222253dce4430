package vn.motcua.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import vn.motcua.indicator.IndicatorReport;

/**
 * The dashboard's three on-time charts, ready to draw: for each bar its label, its rate, the number of dossiers
 * resolved behind it, the tooltip that says so, and the link to those dossiers. The script on the page only draws
 * and follows links; every number and every link is written here, once.
 */
final class DashboardCharts {

    /** The figure a bar drills into: the on-time rate is a share of the dossiers resolved, so those are listed. */
    static final String BAR_METRIC = "resolved";

    /** One chart: its id, caption key, and per bar the label, rate (%, {@code null} where nothing was resolved), count, tooltip and link. */
    record Chart(
            String id,
            String caption,
            List<String> labels,
            List<BigDecimal> values,
            List<Long> resolved,
            List<String> tips,
            List<String> links) {}

    private final DashboardScope scope;
    private final MessageSource messages;
    private final Locale locale;

    DashboardCharts(DashboardScope scope, MessageSource messages, Locale locale) {
        this.scope = scope;
        this.messages = messages;
        this.locale = locale;
    }

    /** By month: each bar opens the month's resolved dossiers (the last month ends with the period). */
    Chart byMonth(IndicatorReport report) {
        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern(
                messages.getMessage("dashboard.chart.monthPattern", null, "MM/yyyy", locale), locale);
        return chart(
                "chart-month",
                "dashboard.chart.month",
                report,
                row -> monthLabel.format(YearMonth.parse(row.key())),
                row -> {
                    YearMonth month = YearMonth.parse(row.key());
                    LocalDate last = month.atEndOfMonth().isAfter(scope.to()) ? scope.to() : month.atEndOfMonth();
                    return scope.drillDown(BAR_METRIC, month.atDay(1), last);
                });
    }

    Chart byDepartment(IndicatorReport report) {
        return chart(
                "chart-department",
                "dashboard.chart.department",
                report,
                r -> r.name() == null || r.name().isBlank() ? r.key() : r.name(),
                r -> scope.drillDown(BAR_METRIC, scope.unit(), r.key(), null));
    }

    Chart byProcedure(IndicatorReport report) {
        return chart(
                "chart-procedure",
                "dashboard.chart.procedure",
                report,
                IndicatorReport.Row::name,
                r -> scope.drillDown(BAR_METRIC, scope.unit(), null, r.key()));
    }

    /** A rate (0..1) as a percentage with one decimal, as the page shows it. */
    static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    private Chart chart(
            String id,
            String caption,
            IndicatorReport report,
            Function<IndicatorReport.Row, String> label,
            Function<IndicatorReport.Row, String> link) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<Long> resolved = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (IndicatorReport.Row row : report.groups()) {
            BigDecimal rate = percent(row.figures().onTimeRate());
            labels.add(label.apply(row));
            values.add(rate);
            resolved.add(row.figures().resolved());
            tips.add(messages.getMessage(
                    "dashboard.chart.tip",
                    new Object[] {
                        rate == null ? "—" : PageNumbers.decimal(rate, 1, locale),
                        PageNumbers.decimal(row.figures().resolved(), 0, locale)
                    },
                    locale));
            links.add(link.apply(row));
        }
        return new Chart(id, caption, labels, values, resolved, tips, links);
    }
}
