package vn.motcua.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The sums of every {@link Counter} of {@code indicator_rollup} and {@code indicator_rollup_month} over a span and
 * scope, in one group of the scope ({@code ""} when the scope is not grouped): the flow figures, and the state changes
 * {@link IndicatorStates} reads a past period's end from. Held by counter, not by named field, so that a counter
 * added to {@link Counter} is summed, carried and added up here without a change.
 */
final class RollupTotals {

    private final String groupKey;
    private final long[] sums;

    private RollupTotals(String groupKey, long[] sums) {
        this.groupKey = groupKey;
        this.sums = sums;
    }

    static RollupTotals none(String groupKey) {
        return new RollupTotals(groupKey, new long[Counter.values().length]);
    }

    /**
     * One row of the mapper's sums: {@code group_key} and one column per counter, named as the counter. By name
     * whatever its case: H2 gives unquoted labels in upper case, MariaDB as written.
     */
    static RollupTotals of(Map<String, Object> row) {
        String groupKey = "";
        long[] sums = new long[Counter.values().length];
        for (Map.Entry<String, Object> e : row.entrySet()) {
            String label = e.getKey().toLowerCase(Locale.ROOT);
            if (label.equals("group_key")) {
                groupKey = e.getValue() == null ? "" : e.getValue().toString();
            } else if (e.getValue() != null) {
                // SUM gives BIGINT on H2 and DECIMAL on MariaDB.
                sums[counter(label).ordinal()] = ((Number) e.getValue()).longValue();
            }
        }
        return new RollupTotals(groupKey, sums);
    }

    private static Counter counter(String column) {
        for (Counter c : Counter.values()) {
            if (c.column().equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Not a rollup counter: " + column);
    }

    String groupKey() {
        return groupKey;
    }

    long of(Counter counter) {
        return sums[counter.ordinal()];
    }

    /** The sums of two groups, under {@code groupKey}. */
    RollupTotals plus(RollupTotals o, String groupKey) {
        long[] total = sums.clone();
        for (int i = 0; i < total.length; i++) {
            total[i] += o.sums[i];
        }
        return new RollupTotals(groupKey, total);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RollupTotals[").append(groupKey);
        for (Counter c : Counter.values()) {
            text.append(", ").append(c.column()).append('=').append(of(c));
        }
        return text.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollupTotals t && groupKey.equals(t.groupKey) && Arrays.equals(sums, t.sums);
    }

    @Override
    public int hashCode() {
        return 31 * groupKey.hashCode() + Arrays.hashCode(sums);
    }
}
