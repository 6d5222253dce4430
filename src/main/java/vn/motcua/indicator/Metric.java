package vn.motcua.indicator;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.motcua.common.InvalidFieldException;

/**
 * The figures of docs/indicators.md that a supervisor can drill down into: each names the dossiers behind one count.
 * A flow figure is a rollup counter's sum over the period and takes its name and header from the {@link Counter};
 * a state figure is read at the period's end ({@link IndicatorStates}) and names itself. {@code passedDue} is the
 * denominator of {@code apologyCompliance}, drillable like the others. The order is the export's column order.
 */
enum Metric {
    RECEIVED(Counter.RECEIVED),
    RECEIVED_ONLINE(Counter.RECEIVED_ONLINE),
    RECEIVED_POSTAL(Counter.RECEIVED_POSTAL),
    RESOLVED(Counter.RESOLVED),
    EARLY(Counter.EARLY),
    ON_TIME(Counter.ON_TIME),
    LATE(Counter.LATE),
    PROGRESS_LATE(Counter.PROGRESS_LATE),
    IN_PROGRESS("inProgress", "Đang giải quyết", "In progress"),
    IN_PROGRESS_OVERDUE("inProgressOverdue", "Đang giải quyết quá hạn", "In progress, overdue"),
    SUSPENDED("suspended", "Tạm dừng chờ bổ sung", "Suspended, awaiting a supplement"),
    REFUSED(Counter.REFUSED),
    APOLOGIES(Counter.APOLOGIES),
    PASSED_DUE("passedDue", "Đến hạn mà chưa giải quyết", "Passed due unresolved"),
    LATE_WITHOUT_APOLOGY("lateWithoutApology", "Quá hạn không xin lỗi", "Late without apology"),
    RETURNED(Counter.RETURNED),
    DIGITIZED(Counter.DIGITIZED),
    FEE_DOSSIERS(Counter.FEE_DOSSIERS),
    CASHLESS(Counter.CASHLESS),
    RATINGS(Counter.RATINGS),
    SATISFIED(Counter.SATISFIED),
    SYNCED(Counter.SYNCED),
    ELECTRONIC_RESULTS(Counter.ELECTRONIC_RESULTS),
    DIGITIZED_RESULTS(Counter.DIGITIZED_RESULTS),
    REUSED_COMPONENTS(Counter.REUSED_COMPONENTS);

    private final Counter counter;
    private final String param;
    private final String label;
    private final String labelEn;

    Metric(Counter counter) {
        this.counter = counter;
        this.param = counter.param();
        this.label = counter.label();
        this.labelEn = counter.labelEn();
    }

    Metric(String param, String label, String labelEn) {
        this.counter = null;
        this.param = param;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The name used in the API and in the JSON figures. */
    String param() {
        return param;
    }

    /** The counter a flow figure sums, {@code null} for a state figure. */
    Counter counter() {
        return counter;
    }

    /** The header in the export, in Vietnamese ({@link Counter#label}). */
    String label() {
        return label;
    }

    String labelEn() {
        return labelEn;
    }

    static Metric fromParam(String value) {
        return Arrays.stream(values())
                .filter(m -> m.param.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        "metric",
                        "must be one of "
                                + Arrays.stream(values()).map(Metric::param).collect(Collectors.joining(", "))));
    }
}
