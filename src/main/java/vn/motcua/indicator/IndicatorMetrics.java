package vn.motcua.indicator;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The main figures of the current month as gauges ({@code /actuator/prometheus}: motcua_dossiers_received,
 * motcua_ontime_rate, ...). Computed lazily when scraped, and once for all the gauges of a scrape: the figures are
 * kept for a few seconds of elapsed time. A rate without a denominator is NaN, Prometheus' "no value".
 */
@Component
class IndicatorMetrics {

    static final long CACHE_NANOS = 5_000_000_000L;

    private final IndicatorService indicators;
    private Figures cached;
    private long cachedAt;

    IndicatorMetrics(IndicatorService indicators, MeterRegistry registry) {
        this.indicators = indicators;
        count(registry, Metric.RECEIVED, "Dossiers received this month");
        count(registry, Metric.RESOLVED, "Dossiers resolved this month");
        count(registry, Metric.LATE, "Dossiers resolved late this month");
        count(registry, Metric.IN_PROGRESS, "Dossiers in progress now");
        count(registry, Metric.IN_PROGRESS_OVERDUE, "Dossiers in progress past their due");
        count(registry, Metric.LATE_WITHOUT_APOLOGY, "Dossiers past due this month without apology");
        rate(registry, "motcua.ontime.rate", "Early or on time / resolved, this month", Figures::onTimeRate);
        rate(
                registry,
                "motcua.progress.ontime.rate",
                "1 - late by the national portal's rule / resolved, this month",
                Figures::progressOnTimeRate);
        rate(registry, "motcua.online.rate", "Online / received, this month", Figures::onlineRate);
        rate(registry, "motcua.digitized.rate", "Digitised at receipt / received, this month", Figures::digitizedRate);
        rate(registry, "motcua.cashless.rate", "Cashless / dossiers with a fee, this month", Figures::cashlessRate);
        rate(
                registry,
                "motcua.satisfaction.rate",
                "Ratings of 4 or 5 / ratings, this month",
                Figures::satisfactionRate);
        gauge(
                registry,
                "motcua.score766",
                "Decision 766 points measured by this system, this month",
                f -> f.score766().total().doubleValue());
    }

    /** Named after the figure's API name, {@code inProgressOverdue} giving motcua.dossiers.in.progress.overdue. */
    private void count(MeterRegistry registry, Metric metric, String description) {
        gauge(
                registry,
                "motcua.dossiers." + metric.param().replaceAll("([A-Z])", ".$1").toLowerCase(Locale.ROOT),
                description,
                f -> f.count(metric));
    }

    private void rate(MeterRegistry registry, String name, String description, Function<Figures, BigDecimal> rate) {
        gauge(registry, name, description, f -> {
            BigDecimal r = rate.apply(f);
            return r == null ? Double.NaN : r.doubleValue();
        });
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.figures()))
                .description(description)
                .tag("period", "current_month")
                .register(registry);
    }

    synchronized Figures figures() {
        long now = System.nanoTime();
        if (cached == null || now - cachedAt > CACHE_NANOS) {
            cached = indicators.currentMonth();
            cachedAt = now;
        }
        return cached;
    }
}
