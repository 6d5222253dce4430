package vn.motcua.indicator;

/** The flow figures of a period and scope, summed from {@code indicator_rollup}. */
record RollupTotals(long received, long receivedOnline, long receivedPostal, long digitized, long feeDossiers,
        long cashless, long resolved, long early, long onTime, long late, long refused, long apologies,
        long returned, long ratings, long satisfied) {}
