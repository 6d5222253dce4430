package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The SQL of {@link RollupRebuild}. Not a {@code @Mapper} bean: the rebuild takes it from a template on MyBatis's batch executor,
 * so that a unit's thousands of rollup rows go to the database in JDBC batches, inside the unit's transaction.
 */
interface RollupRebuildMapper {

    /** Every unit that has dossiers or rollup rows, or exists: a unit whose dossiers moved away still has rows. */
    List<String> units();

    List<String> rebuildRequests();

    int deleteRebuildRequest(String requestedBy);

    void deleteRollupDays(String unit);

    void deleteRollupMonths(String unit);

    void deleteRollupTotals(String unit);

    void deleteOutcomes(String unit);

    /** Files under the unit the apologies of its dossiers that are still filed under another (V17). */
    void moveApologies(String unit);

    /** The outcome rows of a unit's dossiers that have left handling, by V13's own judgement. */
    void insertOutcomes(String unit);

    /** Forgets the unit's {@code indicator_fact} rows, and those of its dossiers filed under another unit. */
    void deleteFacts(String unit);

    /** Writes the unit's {@code indicator_fact} rows from its dossiers, their files and the portal's answers. */
    void insertFacts(String unit);

    /** A page of a unit's dossiers with what decides their counters, after the dossier {@code afterId}. */
    List<RebuildRow> dossiers(@Param("unit") String unit, @Param("afterId") long afterId, @Param("limit") int limit);

    /** The SUSPENDED and RESUMED lines of the unit's dossiers with ids in ({@code afterId}, {@code lastId}]. */
    List<SuspensionLine> suspensionLines(
            @Param("unit") String unit, @Param("afterId") long afterId, @Param("lastId") long lastId);

    /** One rollup row: {@code counts} in {@link Counter} order; the month row when {@code month} is set. */
    void insertRollupRow(
            @Param("statOn") LocalDate statOn,
            @Param("month") Integer month,
            @Param("unit") String unit,
            @Param("department") String department,
            @Param("procedure") String procedure,
            @Param("channel") String channel,
            @Param("counts") List<Long> counts);

    /** One all-time row: {@code counts} in {@link Counter} order. */
    void insertRollupTotal(
            @Param("unit") String unit,
            @Param("department") String department,
            @Param("procedure") String procedure,
            @Param("channel") String channel,
            @Param("counts") List<Long> counts);

    /** A dossier as the rebuild reads it. */
    record RebuildRow(
            long id,
            String procedureCode,
            String channel,
            String status,
            String paymentMethod,
            java.math.BigDecimal fee,
            LocalDate receivedOn,
            Instant dueAt,
            Instant resultReadyAt,
            Instant closedAt,
            Instant returnedAt,
            String timeliness,
            Integer satisfaction,
            boolean digitized,
            boolean synced,
            Instant apologyIssuedAt,
            long handlingSupplements,
            String dueOutcome,
            boolean electronicResult,
            boolean digitizedResult,
            boolean reusedComponent) {}

    /** A SUSPENDED or RESUMED line of the timeline. */
    record SuspensionLine(long dossierId, String step, Instant at) {}
}
