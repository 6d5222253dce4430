package vn.motcua.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
        BigDecimal onTimeRate,
        BigDecimal lateRate,
        BigDecimal onlineRate,
        BigDecimal digitizedRate,
        BigDecimal cashlessRate,
        BigDecimal satisfactionRate,
        BigDecimal apologyCompliance,
        Score766 score766) {

    static Figures of(RollupTotals t, long inProgress, long inProgressOverdue, long suspended, long passedDue,
            long lateWithoutApology) {
        BigDecimal onTimeRate = rate(t.early() + t.onTime(), t.resolved());
        BigDecimal onlineRate = rate(t.receivedOnline(), t.received());
        BigDecimal digitizedRate = rate(t.digitized(), t.received());
        BigDecimal cashlessRate = rate(t.cashless(), t.feeDossiers());
        BigDecimal satisfactionRate = rate(t.satisfied(), t.ratings());
        return new Figures(t.received(), t.receivedOnline(), t.receivedPostal(), t.resolved(), t.early(), t.onTime(),
                t.late(), inProgress, inProgressOverdue, suspended, t.refused(), t.apologies(), passedDue,
                lateWithoutApology, t.returned(), t.digitized(), t.feeDossiers(), t.cashless(), t.ratings(),
                t.satisfied(), onTimeRate, rate(t.late(), t.resolved()), onlineRate, digitizedRate, cashlessRate,
                satisfactionRate, rate(passedDue - lateWithoutApology, passedDue),
                Score766.of(onTimeRate, onlineRate, cashlessRate, digitizedRate, satisfactionRate));
    }

    /** The count of a drillable metric. */
    long count(Metric metric) {
        return switch (metric) {
            case RECEIVED -> received;
            case RECEIVED_ONLINE -> receivedOnline;
            case RECEIVED_POSTAL -> receivedPostal;
            case RESOLVED -> resolved;
            case EARLY -> early;
            case ON_TIME -> onTime;
            case LATE -> late;
            case IN_PROGRESS -> inProgress;
            case IN_PROGRESS_OVERDUE -> inProgressOverdue;
            case SUSPENDED -> suspended;
            case REFUSED -> refused;
            case APOLOGIES -> apologies;
            case PASSED_DUE -> passedDue;
            case LATE_WITHOUT_APOLOGY -> lateWithoutApology;
            case RETURNED -> returned;
            case DIGITIZED -> digitized;
            case FEE_DOSSIERS -> feeDossiers;
            case CASHLESS -> cashless;
            case RATINGS -> ratings;
            case SATISFIED -> satisfied;
        };
    }

    static BigDecimal rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
