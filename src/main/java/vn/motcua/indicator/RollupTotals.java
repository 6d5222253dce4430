package vn.motcua.indicator;

/**
 * The flow figures of a span and scope, summed from {@code indicator_rollup} and {@code indicator_rollup_month}, in one
 * group of the scope ({@code ""} when the scope is not grouped), and the state changes {@link IndicatorStates} reads a
 * past period's end from: received dossiers withdrawn, suspensions begun, suspensions ended (supplement back, or
 * withdrawn while waiting); and, for the dossiers that have left handling, those that passed their due instant (by
 * due date), without apology, and ceased to be overdue (by that date).
 */
record RollupTotals(String groupKey, long received, long receivedOnline, long receivedPostal, long digitized,
        long feeDossiers, long cashless, long resolved, long early, long onTime, long late, long refused,
        long apologies, long returned, long ratings, long satisfied, long withdrawn, long suspensionsBegun,
        long suspensionsEnded, long passedDue, long lateWithoutApology, long overdueEnded) {

    static RollupTotals none(String groupKey) {
        return new RollupTotals(groupKey, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The sums of two groups, under {@code groupKey}. */
    RollupTotals plus(RollupTotals o, String groupKey) {
        return new RollupTotals(groupKey, received + o.received, receivedOnline + o.receivedOnline,
                receivedPostal + o.receivedPostal, digitized + o.digitized, feeDossiers + o.feeDossiers,
                cashless + o.cashless, resolved + o.resolved, early + o.early, onTime + o.onTime, late + o.late,
                refused + o.refused, apologies + o.apologies, returned + o.returned, ratings + o.ratings,
                satisfied + o.satisfied, withdrawn + o.withdrawn, suspensionsBegun + o.suspensionsBegun,
                suspensionsEnded + o.suspensionsEnded, passedDue + o.passedDue,
                lateWithoutApology + o.lateWithoutApology, overdueEnded + o.overdueEnded);
    }
}
