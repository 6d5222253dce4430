package vn.motcua.indicator;

import static vn.motcua.indicator.Counter.APOLOGIES;
import static vn.motcua.indicator.Counter.CASHLESS;
import static vn.motcua.indicator.Counter.DIGITIZED;
import static vn.motcua.indicator.Counter.DIGITIZED_RESULTS;
import static vn.motcua.indicator.Counter.EARLY;
import static vn.motcua.indicator.Counter.ELECTRONIC_RESULTS;
import static vn.motcua.indicator.Counter.FEE_DOSSIERS;
import static vn.motcua.indicator.Counter.LATE;
import static vn.motcua.indicator.Counter.ON_TIME;
import static vn.motcua.indicator.Counter.PROGRESS_LATE;
import static vn.motcua.indicator.Counter.RATINGS;
import static vn.motcua.indicator.Counter.RECEIVED;
import static vn.motcua.indicator.Counter.RECEIVED_ONLINE;
import static vn.motcua.indicator.Counter.RECEIVED_POSTAL;
import static vn.motcua.indicator.Counter.REFUSED;
import static vn.motcua.indicator.Counter.RESOLVED;
import static vn.motcua.indicator.Counter.RETURNED;
import static vn.motcua.indicator.Counter.REUSED_COMPONENTS;
import static vn.motcua.indicator.Counter.SATISFIED;
import static vn.motcua.indicator.Counter.SYNCED;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every count and rate of docs/indicators.md for one period and scope, with the Decision 766 score computed from them.
 * Rates have 4 decimals and are {@code null} where their denominator is 0.
 */
public record Figures(
        long received,
        long receivedOnline,
        long receivedPostal,
        long resolved,
        long early,
        long onTime,
        long late,
        long progressLate,
        long inProgress,
        long inProgressOverdue,
        long suspended,
        long refused,
        long apologies,
        long passedDue,
        long lateWithoutApology,
        long returned,
        long digitized,
        long feeDossiers,
        long cashless,
        long ratings,
        long satisfied,
        long synced,
        long electronicResults,
        long digitizedResults,
        long reusedComponents,
        BigDecimal onTimeRate,
        BigDecimal lateRate,
        BigDecimal progressOnTimeRate,
        BigDecimal onlineRate,
        BigDecimal digitizedRate,
        BigDecimal cashlessRate,
        BigDecimal satisfactionRate,
        BigDecimal apologyCompliance,
        BigDecimal syncedRate,
        BigDecimal electronicResultRate,
        BigDecimal digitizedResultRate,
        BigDecimal reuseRate,
        Score766 score766) {

    private static final Map<Metric, Method> COUNTS = new EnumMap<>(Metric.class);

    static {
        for (Metric m : Metric.values()) {
            COUNTS.put(
                    m,
                    Arrays.stream(Figures.class.getRecordComponents())
                            .filter(c -> c.getName().equals(m.param()) && c.getType() == long.class)
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("No figure " + m.param()))
                            .getAccessor());
        }
    }

    static Figures of(
            RollupTotals t,
            long inProgress,
            long inProgressOverdue,
            long suspended,
            long passedDue,
            long lateWithoutApology) {
        BigDecimal onTimeRate = rate(t.of(EARLY) + t.of(ON_TIME), t.of(RESOLVED));
        // 1 - progressLate / resolved, written as one quotient so that it is rounded once, like every rate.
        BigDecimal progressOnTimeRate = rate(t.of(RESOLVED) - t.of(PROGRESS_LATE), t.of(RESOLVED));
        BigDecimal onlineRate = rate(t.of(RECEIVED_ONLINE), t.of(RECEIVED));
        BigDecimal digitizedRate = rate(t.of(DIGITIZED), t.of(RECEIVED));
        BigDecimal cashlessRate = rate(t.of(CASHLESS), t.of(FEE_DOSSIERS));
        BigDecimal satisfactionRate = rate(t.of(SATISFIED), t.of(RATINGS));
        BigDecimal syncedRate = rate(t.of(SYNCED), t.of(RECEIVED));
        return new Figures(
                t.of(RECEIVED),
                t.of(RECEIVED_ONLINE),
                t.of(RECEIVED_POSTAL),
                t.of(RESOLVED),
                t.of(EARLY),
                t.of(ON_TIME),
                t.of(LATE),
                t.of(PROGRESS_LATE),
                inProgress,
                inProgressOverdue,
                suspended,
                t.of(REFUSED),
                t.of(APOLOGIES),
                passedDue,
                lateWithoutApology,
                t.of(RETURNED),
                t.of(DIGITIZED),
                t.of(FEE_DOSSIERS),
                t.of(CASHLESS),
                t.of(RATINGS),
                t.of(SATISFIED),
                t.of(SYNCED),
                t.of(ELECTRONIC_RESULTS),
                t.of(DIGITIZED_RESULTS),
                t.of(REUSED_COMPONENTS),
                onTimeRate,
                rate(t.of(LATE), t.of(RESOLVED)),
                progressOnTimeRate,
                onlineRate,
                digitizedRate,
                cashlessRate,
                satisfactionRate,
                rate(passedDue - lateWithoutApology, passedDue),
                syncedRate,
                rate(t.of(ELECTRONIC_RESULTS), t.of(RESOLVED)),
                rate(t.of(DIGITIZED_RESULTS), t.of(RETURNED)),
                rate(t.of(REUSED_COMPONENTS), t.of(RECEIVED)),
                Score766.of(syncedRate, progressOnTimeRate, onlineRate, cashlessRate, digitizedRate, satisfactionRate));
    }

    /**
     * The count of a drillable metric: the component its API name names. Looked up by that name rather than listed,
     * so the JSON field is the one place a figure's name is spelled besides {@link Counter} and {@link Metric}; a
     * metric without its component fails here, when the class loads.
     */
    long count(Metric metric) {
        try {
            return (long) COUNTS.get(metric).invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
