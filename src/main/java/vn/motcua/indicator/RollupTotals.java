package vn.motcua.indicator;

/**
 * The flow figures of a span and scope, summed from {@code indicator_rollup} and {@code indicator_rollup_month}, and
 * the state changes {@link IndicatorStates} reads a past period's end from: received dossiers withdrawn,
 * suspensions begun, suspensions ended (supplement back, or withdrawn while waiting); and, for the dossiers that have
 * left handling, those that passed their due instant (by due date), without apology, and ceased to be overdue (by
 * that date).
 */
record RollupTotals(long received, long receivedOnline, long receivedPostal, long digitized, long feeDossiers,
        long cashless, long resolved, long early, long onTime, long late, long refused, long apologies,
        long returned, long ratings, long satisfied, long withdrawn, long suspensionsBegun, long suspensionsEnded,
        long passedDue, long lateWithoutApology, long overdueEnded) {}
