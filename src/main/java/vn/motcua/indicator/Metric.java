package vn.motcua.indicator;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.motcua.common.InvalidFieldException;

/**
 * The figures of docs/indicators.md that a supervisor can drill down into: each names the dossiers behind one count.
 * {@code passedDue} is the denominator of {@code apologyCompliance}, drillable like the others.
 */
enum Metric {
    RECEIVED("received"),
    RECEIVED_ONLINE("receivedOnline"),
    RECEIVED_POSTAL("receivedPostal"),
    RESOLVED("resolved"),
    EARLY("early"),
    ON_TIME("onTime"),
    LATE("late"),
    IN_PROGRESS("inProgress"),
    IN_PROGRESS_OVERDUE("inProgressOverdue"),
    SUSPENDED("suspended"),
    REFUSED("refused"),
    APOLOGIES("apologies"),
    PASSED_DUE("passedDue"),
    LATE_WITHOUT_APOLOGY("lateWithoutApology"),
    RETURNED("returned"),
    DIGITIZED("digitized"),
    FEE_DOSSIERS("feeDossiers"),
    CASHLESS("cashless"),
    RATINGS("ratings"),
    SATISFIED("satisfied");

    private final String param;

    Metric(String param) {
        this.param = param;
    }

    /** The name used in the API and in the JSON figures. */
    String param() {
        return param;
    }

    static Metric fromParam(String value) {
        return Arrays.stream(values()).filter(m -> m.param.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("metric", "must be one of "
                        + Arrays.stream(values()).map(Metric::param).collect(Collectors.joining(", "))));
    }
}
