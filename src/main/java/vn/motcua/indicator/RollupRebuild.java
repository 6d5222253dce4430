package vn.motcua.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.ConflictException;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Recomputes what {@link IndicatorRollup} keeps, from the dossier rows and their timelines: {@code indicator_rollup},
 * {@code indicator_rollup_month}, {@code indicator_rollup_total}, {@code indicator_outcome} and {@code indicator_fact},
 * and the unit copied onto each apology, so that an upgrade that adds a counter, or moves dossiers between units or
 * procedures between departments, keeps its figures for the dossiers handled before it.
 *
 * <p>Each counter is counted as the step that moves it counts it ({@code IndicatorRollup.count}): on the same date,
 * read from the same dossier columns, under the same key (unit, the procedure's first department as
 * {@code config/procedures} has it now, procedure, channel). Two facts are not read from the dossier as it is now:
 * <ul>
 * <li>{@code indicator_digitized} is kept, not recomputed: it records the documents as they were at receipt, and a
 * supplement adds documents afterwards; {@code n_digitized} counts its rows.</li>
 * <li>A withdrawal in a suspension ends the suspension and the overdue spell at its start: "waiting" is read from
 * the timeline (more SUSPENDED than RESUMED lines), which nothing changes after the withdrawal.</li>
 * </ul>
 *
 * <p>One transaction per unit: its rows are deleted, its dossiers read a page at a time by id, and its rows
 * written through MyBatis's batch executor (JDBC batches, no statement listing thousands of values). A failure rolls
 * the unit back whole, its old rows standing; the units done before stay rebuilt, which they are either way. A step
 * that commits while a unit is rebuilt either increments a row the rebuild has deleted, and then waits for the
 * rebuild's commit and adds to its new row (the rebuild did not see the step's uncommitted dossier), or creates a
 * row the rebuild also writes, and then one of the two inserts fails on the key; the rebuild retries such a unit, so
 * no step is counted twice or lost.
 */
@Service
public class RollupRebuild {

    private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);

    static final int PAGE = 1000;
    private static final int ATTEMPTS = 3;

    /** What a rebuild did: units rebuilt, distinct office dates with a count, dossiers read, time taken. */
    public record Result(int units, int days, long dossiers, long tookMs) {}

    private final RollupRebuildMapper mapper;
    private final SqlSessionTemplate batch;
    private final TransactionTemplate transactions;
    private final ProcedureCatalog procedures;
    private final ZoneId zone;
    private final ReentrantLock running = new ReentrantLock();

    RollupRebuild(
            SqlSessionFactory factory,
            PlatformTransactionManager transactionManager,
            ProcedureCatalog procedures,
            WorkingCalendar calendar) {
        this.batch = new SqlSessionTemplate(factory, ExecutorType.BATCH);
        this.mapper = batch.getMapper(RollupRebuildMapper.class);
        this.transactions = new TransactionTemplate(transactionManager);
        this.procedures = procedures;
        this.zone = calendar.zone();
    }

    /** Rebuilds every unit; a second rebuild asked for while one runs is refused (409) rather than queued. */
    public Result rebuild() {
        if (!running.tryLock()) {
            throw new ConflictException("The indicator rollup is being rebuilt already");
        }
        try {
            long started = System.nanoTime();
            List<String> units = transactions.execute(tx -> mapper.units());
            Set<LocalDate> days = new HashSet<>();
            long dossiers = 0;
            for (String unit : units) {
                UnitResult done = unitWithRetry(unit);
                days.addAll(done.days());
                dossiers += done.dossiers();
            }
            Result result = new Result(units.size(), days.size(), dossiers, (System.nanoTime() - started) / 1_000_000);
            log.info("Indicator rollup rebuilt: {}", result);
            return result;
        } finally {
            running.unlock();
        }
    }

    /**
     * Rebuilds if a migration asked for it ({@code rollup_rebuild_request}, see V14), then forgets the requests it
     * saw; a rebuild that fails leaves them for the next start.
     *
     * @return the rebuild's result, or {@code null} when none was asked for
     */
    public Result rebuildIfRequested() {
        List<String> requests = transactions.execute(tx -> mapper.rebuildRequests());
        if (requests.isEmpty()) {
            return null;
        }
        log.info("Rebuilding the indicator rollup, as asked by {}", requests);
        Result result = rebuild();
        transactions.executeWithoutResult(tx -> {
            requests.forEach(mapper::deleteRebuildRequest);
            batch.flushStatements();
        });
        return result;
    }

    private record UnitResult(Set<LocalDate> days, long dossiers) {}

    private UnitResult unitWithRetry(String unit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> rebuildUnit(unit));
            } catch (DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                log.info("A step wrote unit {}'s rollup while it was rebuilt; rebuilding it again", unit);
            }
        }
    }

    private UnitResult rebuildUnit(String unit) {
        mapper.deleteRollupDays(unit);
        mapper.deleteRollupMonths(unit);
        mapper.deleteRollupTotals(unit);
        mapper.deleteOutcomes(unit);
        mapper.moveApologies(unit);
        mapper.insertOutcomes(unit);
        mapper.deleteFacts(unit);
        mapper.insertFacts(unit);
        Tally tally = new Tally();
        long read = 0;
        long after = 0;
        List<RollupRebuildMapper.RebuildRow> page;
        do {
            // The batch executor sends the statements queued so far before it runs a query.
            page = mapper.dossiers(unit, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            long last = page.get(page.size() - 1).id();
            Map<Long, List<RollupRebuildMapper.SuspensionLine>> lines = new HashMap<>();
            for (RollupRebuildMapper.SuspensionLine line : mapper.suspensionLines(unit, after, last)) {
                lines.computeIfAbsent(line.dossierId(), id -> new ArrayList<>()).add(line);
            }
            for (RollupRebuildMapper.RebuildRow row : page) {
                count(row, lines.getOrDefault(row.id(), List.of()), tally);
            }
            read += page.size();
            after = last;
        } while (page.size() == PAGE);
        tally.days.forEach((key, counts) -> mapper.insertRollupRow(
                key.on(), null, unit, key.department(), key.procedure(), key.channel(), counts.list()));
        tally.months.forEach((key, counts) -> mapper.insertRollupRow(
                null, key.month(), unit, key.department(), key.procedure(), key.channel(), counts.list()));
        tally.allTime.forEach((key, counts) ->
                mapper.insertRollupTotal(unit, key.department(), key.procedure(), key.channel(), counts.list()));
        // Sent now, so that a clash on a key fails here, inside the unit's transaction and its retry.
        batch.flushStatements();
        Set<LocalDate> days = new HashSet<>();
        tally.days.keySet().forEach(k -> days.add(k.on()));
        return new UnitResult(days, read);
    }

    /** The counters of one dossier, as the steps of its life moved them (see {@code IndicatorRollup.count}). */
    private void count(RollupRebuildMapper.RebuildRow d, List<RollupRebuildMapper.SuspensionLine> lines, Tally t) {
        String department = procedures.indicatorDepartment(d.procedureCode()).orElse("-");
        Dossier key = new Dossier(department, d.procedureCode(), d.channel());
        if (d.receivedOn() != null) {
            LocalDate on = d.receivedOn();
            t.add(key, on, Counter.RECEIVED);
            if ("ONLINE".equals(d.channel())) {
                t.add(key, on, Counter.RECEIVED_ONLINE);
            } else if ("POSTAL".equals(d.channel())) {
                t.add(key, on, Counter.RECEIVED_POSTAL);
            }
            if (d.digitized()) {
                t.add(key, on, Counter.DIGITIZED);
            }
            if (d.synced()) {
                t.add(key, on, Counter.SYNCED);
            }
            if (d.reusedComponent()) {
                t.add(key, on, Counter.REUSED_COMPONENTS);
            }
            if (d.fee() != null && d.fee().signum() > 0) {
                t.add(key, on, Counter.FEE_DOSSIERS);
                if ("CASHLESS".equals(d.paymentMethod())) {
                    t.add(key, on, Counter.CASHLESS);
                }
            }
        }
        Instant resolvedAt =
                d.resultReadyAt() != null ? d.resultReadyAt() : "REJECTED".equals(d.status()) ? d.closedAt() : null;
        if (resolvedAt != null) {
            LocalDate on = date(resolvedAt);
            t.add(key, on, Counter.RESOLVED);
            if (d.timeliness() != null) {
                t.add(
                        key,
                        on,
                        switch (d.timeliness()) {
                            case "EARLY" -> Counter.EARLY;
                            case "ON_TIME" -> Counter.ON_TIME;
                            default -> Counter.LATE;
                        });
            }
            if (IndicatorRollup.progressLate(d.timeliness(), d.handlingSupplements())) {
                t.add(key, on, Counter.PROGRESS_LATE);
            }
            if (d.resultReadyAt() != null && d.electronicResult()) {
                t.add(key, on, Counter.ELECTRONIC_RESULTS);
            }
            leftHandling(d, key, resolvedAt, t);
        }
        if ("REFUSED".equals(d.status())) {
            t.add(key, date(d.closedAt()), Counter.REFUSED);
        }
        if (d.apologyIssuedAt() != null) {
            t.add(key, date(d.apologyIssuedAt()), Counter.APOLOGIES);
        }
        if (d.returnedAt() != null) {
            LocalDate on = date(d.returnedAt());
            t.add(key, on, Counter.RETURNED);
            if (d.digitizedResult()) {
                t.add(key, on, Counter.DIGITIZED_RESULTS);
            }
            if (d.satisfaction() != null) {
                t.add(key, on, Counter.RATINGS);
                if (d.satisfaction() >= 4) {
                    t.add(key, on, Counter.SATISFIED);
                }
            }
        }
        int open = 0;
        Instant lastSuspension = null;
        for (RollupRebuildMapper.SuspensionLine line : lines) {
            boolean begun = "SUSPENDED".equals(line.step());
            t.add(key, date(line.at()), begun ? Counter.SUSPENSIONS_BEGUN : Counter.SUSPENSIONS_ENDED);
            open += begun ? 1 : -1;
            if (begun) {
                lastSuspension = line.at();
            }
        }
        if ("WITHDRAWN".equals(d.status()) && d.receivedOn() != null) {
            LocalDate on = date(d.closedAt());
            t.add(key, on, Counter.WITHDRAWN);
            boolean waiting = open > 0;
            if (waiting) {
                t.add(key, on, Counter.SUSPENSIONS_ENDED);
            }
            leftHandling(d, key, waiting ? lastSuspension : d.closedAt(), t);
        }
    }

    /** The passed-due counters, from the outcome row the unit's rebuild has just written by the steps' judgement. */
    private void leftHandling(RollupRebuildMapper.RebuildRow d, Dossier key, Instant overdueUntil, Tally t) {
        if (d.dueOutcome() == null || "KEPT".equals(d.dueOutcome())) {
            return;
        }
        LocalDate due = date(d.dueAt());
        t.add(key, due, Counter.PASSED_DUE);
        if ("PASSED_WITHOUT_APOLOGY".equals(d.dueOutcome())) {
            t.add(key, due, Counter.LATE_WITHOUT_APOLOGY);
        }
        t.add(key, date(overdueUntil), Counter.OVERDUE_ENDED);
    }

    private LocalDate date(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    /** The part of a rollup key a dossier fixes; the unit is the one rebuilt. */
    private record Dossier(String department, String procedure, String channel) {}

    private record DayKey(LocalDate on, String department, String procedure, String channel) {}

    private record MonthKey(int month, String department, String procedure, String channel) {}

    private static final class Counts {
        final long[] n = new long[Counter.values().length];

        List<Long> list() {
            List<Long> list = new ArrayList<>(n.length);
            for (long v : n) {
                list.add(v);
            }
            return list;
        }
    }

    /** A unit's counters by day row, month row and all-time row, added up as the steps would have incremented them. */
    private static final class Tally {
        final Map<DayKey, Counts> days = new HashMap<>();
        final Map<MonthKey, Counts> months = new HashMap<>();
        final Map<Dossier, Counts> allTime = new HashMap<>();

        void add(Dossier d, LocalDate on, Counter counter) {
            if (on == null) {
                return;
            }
            days.computeIfAbsent(new DayKey(on, d.department(), d.procedure(), d.channel()), k -> new Counts())
                    .n[counter.ordinal()]++;
            months.computeIfAbsent(
                            new MonthKey(RollupSpan.month(on), d.department(), d.procedure(), d.channel()),
                            k -> new Counts())
                    .n[counter.ordinal()]++;
            allTime.computeIfAbsent(d, k -> new Counts()).n[counter.ordinal()]++;
        }
    }
}
