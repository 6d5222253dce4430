package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of the indicators: the rollup's upkeep and sums, and the dossier sets behind every figure. */
@Mapper
interface IndicatorMapper {

    RollupSource source(long dossierId);

    /** Counts into the day row ({@code statOn}) or, with {@code month} set, the month row of the key. */
    void countInRollup(
            @Param("statOn") LocalDate statOn,
            @Param("month") Integer month,
            @Param("unit") String unit,
            @Param("department") String department,
            @Param("procedure") String procedure,
            @Param("channel") String channel,
            @Param("counters") List<Counter> counters);

    /** Counts into the all-time row of the key. */
    void countInTotal(
            @Param("unit") String unit,
            @Param("department") String department,
            @Param("procedure") String procedure,
            @Param("channel") String channel,
            @Param("counters") List<Counter> counters);

    int openSuspensions(long dossierId);

    /** Records the dossier as digitised at receipt, once: 1 when recorded now, 0 when it already was. */
    @Insert("INSERT INTO indicator_digitized (dossier_id) SELECT #{dossierId} FROM (SELECT 1 AS one) o"
            + " WHERE NOT EXISTS (SELECT 1 FROM indicator_digitized g WHERE g.dossier_id = #{dossierId})")
    int insertDigitizedOnce(long dossierId);

    /**
     * Records that {@code counter}, a figure of the files or the portal ({@code SYNCED}, {@code REUSED_COMPONENTS},
     * {@code ELECTRONIC_RESULTS}, {@code DIGITIZED_RESULTS}), counts the dossier, dated from its row (V34), once: 1
     * when recorded now, 0 when it already was.
     */
    int insertFactOnce(@Param("counter") Counter counter, @Param("dossierId") long dossierId);

    /** The rollup's sums over a span of dates, in the scope's unit, department and procedure. */
    default RollupTotals totals(IndicatorScope scope, RollupSpan span) {
        List<RollupTotals> totals = totalsBy(scope, span);
        return totals.isEmpty() ? RollupTotals.none("") : totals.get(0);
    }

    /** {@link #totals} of each group of a grouped scope (of the one group {@code ""} otherwise). */
    default List<RollupTotals> totalsBy(IndicatorScope scope, RollupSpan span) {
        return sums(scope, span).stream().map(RollupTotals::of).toList();
    }

    /**
     * The rows of {@link #totalsBy}: {@code group_key} and a column per {@link Counter}. As maps, because the columns
     * are the counters' and a row type would list them again.
     */
    List<Map<String, Object>> sums(@Param("s") IndicatorScope scope, @Param("p") RollupSpan span);

    /** The rollup's all-time sums of each group of the scope (V17's {@code indicator_rollup_total}). */
    default List<RollupTotals> allTimeBy(IndicatorScope scope) {
        return allTimeSums(scope).stream().map(RollupTotals::of).toList();
    }

    /** The rows of {@link #allTimeBy}, as {@link #sums} gives them. */
    List<Map<String, Object>> allTimeSums(@Param("s") IndicatorScope scope);

    /**
     * Of the dossiers in handling now, by group: overdue at the scope's {@code asOf}, and passed due in [scope start,
     * {@code cut}) with and without apology; {@code inHandling} and {@code suspended} are 0.
     */
    List<InHandling> dueInHandlingBy(@Param("s") IndicatorScope scope, @Param("cut") Instant cut);

    /** {@link #dueInHandlingBy} at the ends of several periods at once: see the statement for its columns. */
    Map<String, Object> dueInHandlingAtEnds(
            @Param("s") IndicatorScope scope, @Param("ends") List<IndicatorScope> ends, @Param("until") Instant until);

    /** In a running period, the dossiers in handling now whose state at {@code asOf} may differ from now. */
    List<InHandlingSince> inHandlingSinceAsOf(@Param("s") IndicatorScope scope);

    List<GroupCount> countLeftSinceAsOf(@Param("s") IndicatorScope scope, @Param("metric") String metric);

    /** 1 and 1 or 0 for one dossier, by the condition {@link #passedDueBy} counts with. */
    PassedDue passedDueOf(long dossierId);

    Instant lastSuspensionStart(long dossierId);

    /** The outcome of a dossier that has just left handling (see V13); {@code resolvedAt} null for a withdrawal. */
    void insertOutcome(
            @Param("dossierId") long dossierId,
            @Param("unit") String unit,
            @Param("procedure") String procedure,
            @Param("resolvedAt") Instant resolvedAt,
            @Param("timeliness") String timeliness,
            @Param("dueAt") Instant dueAt,
            @Param("dueOutcome") String dueOutcome);

    /** A recount, by group, of the dossiers that passed their due instant in [scope start, scope asOf). */
    List<PassedDue> passedDueBy(@Param("s") IndicatorScope scope);

    /**
     * A recount of a metric from the dossier rows: the drill-down's own set, and the reference the tests and the
     * bench hold every figure of the report to.
     */
    long count(@Param("s") IndicatorScope scope, @Param("metric") String metric);

    /** The ids of {@link #count}'s set: what the pages, cut from other indexes for some metrics, must list. */
    List<Long> recountIds(@Param("s") IndicatorScope scope, @Param("metric") String metric);

    /** The ids of one page of a metric's set, in the order of the instant each part is bounded by, then id. */
    List<Long> pageIds(
            @Param("s") IndicatorScope scope,
            @Param("metric") String metric,
            @Param("limit") int limit,
            @Param("offset") long offset);

    List<DrillDownRow> dossiersByIds(@Param("ids") List<Long> ids);
}
