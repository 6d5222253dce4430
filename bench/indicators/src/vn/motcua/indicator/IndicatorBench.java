package vn.motcua.indicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotCuaApplication;
import vn.motcua.deadline.Timeliness;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Benchmark of the indicator queries on a large office: inserts N dossiers (default 1,000,000) and their rollup
 * straight with JDBC batches, then starts the application on that database and times every query the indicator
 * API runs. Not part of the build: see bench/indicators/README.md.
 *
 * <p>Arguments: {@code h2|mariadb [dossiers] [--skip-load]}.
 */
public final class IndicatorBench {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int UNITS = 20;
    static final int BATCH = 5_000;
    static final List<String> COUNTERS = Counter.columns();

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean load = !Arrays.asList(args).contains("--skip-load");
        String appUrl;
        String loadUrl;
        String user;
        String profiles;
        if (db.equals("mariadb")) {
            appUrl =
                    "jdbc:mysql://127.0.0.1:3306/motcua_bench?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true"
                            + "&sendFractionalSeconds=false&connectionTimeZone=UTC&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin";
            loadUrl = appUrl + "&rewriteBatchedStatements=true";
            user = "root";
            profiles = "demo,mysql";
        } else {
            appUrl = "jdbc:h2:file:./bench/indicators/data/motcua-bench;CACHE_SIZE=524288";
            loadUrl = appUrl;
            user = "sa";
            profiles = "demo";
        }
        // Starting the application runs the migrations (V1..V3 and the demo office) and syncs the procedures.
        // System properties: they win over config/application.yml, whose datasource URL would otherwise apply.
        System.setProperty("spring.datasource.url", appUrl);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", "");
        System.setProperty("server.port", "0");
        System.setProperty("motcua.demo-data", "false");
        System.setProperty("camunda.bpm.job-execution.enabled", "false");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("spring.main.banner-mode", "off");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MotCuaApplication.class)
                .profiles(profiles.split(","))
                .run();
        try {
            ProcedureCatalog catalog = app.getBean(ProcedureCatalog.class);
            if (load) {
                long t0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection(loadUrl, user, "")) {
                    generate(c, catalog.all(), dossiers);
                }
                System.out.printf("Loaded %,d dossiers in %.1f s%n", dossiers, (System.nanoTime() - t0) / 1e9);
            }
            // A whole pass first, unprinted, so that every query is timed with the JIT and the database's caches warm,
            // as in a server that has been up for a while (the first queries after a start ran 3-4 times slower).
            printing = false;
            time(app.getBean(IndicatorService.class), app.getBean(IndicatorMapper.class), app.getBean(Clock.class));
            printing = true;
            time(app.getBean(IndicatorService.class), app.getBean(IndicatorMapper.class), app.getBean(Clock.class));
        } finally {
            app.close();
        }
    }

    // --- Generator ---------------------------------------------------------------------------------------------------

    static void generate(Connection c, List<Procedure> procedures, int n) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int u = 1; u <= UNITS; u++) {
                s.executeUpdate(
                        "INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start,"
                                + " afternoon_end) VALUES ('BENCH-" + u + "', '000.00." + u + ".H99', 'Đơn vị thử tải "
                                + u
                                + "', '08:00:00', '12:00:00', '13:00:00', '17:00:00')");
            }
        }
        long firstId;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM dossier")) {
            r.next();
            firstId = r.getLong(1);
        }
        Random random = new Random(766);
        Instant now = Instant.now();
        LocalDate firstDay = LocalDate.now(ZONE).minusDays(690);
        int days = 690;
        Map<String, long[]> rollup = new HashMap<>();
        PreparedStatement dossier =
                c.prepareStatement("INSERT INTO dossier (id, code, procedure_code, unit_code, channel,"
                        + " status, applicant_full_name, applicant_id_number, applicant_phone, applicant_address, payment_method,"
                        + " fee, submitted_at, received_at, received_on, due_at, result_ready_at, returned_at, closed_at, overdue,"
                        + " timeliness, satisfaction, version) VALUES (?, ?, ?, ?, ?, ?, 'Nguyễn Văn Thử', '001190012345',"
                        + " '0912345678', 'Xã Thử', ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)");
        PreparedStatement digitized = c.prepareStatement("INSERT INTO indicator_digitized (dossier_id) VALUES (?)");
        PreparedStatement apology = c.prepareStatement("INSERT INTO apology (dossier_id, issued_at, issued_by, reason,"
                + " original_due_at, new_due_at) VALUES (?, ?, 'bench', 'Chờ xác minh', ?, ?)");
        PreparedStatement event = c.prepareStatement(
                "INSERT INTO dossier_event (dossier_id, at, step, actor)" + " VALUES (?, ?, 'SUSPENDED', 'bench')");
        PreparedStatement outcome = c.prepareStatement("INSERT INTO indicator_outcome (dossier_id, unit_code,"
                + " procedure_code, resolved_at, timeliness, due_at, due_outcome) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < n; i++) {
            long id = firstId + i;
            Procedure p = procedures.get(random.nextInt(procedures.size()));
            String unit = "BENCH-" + (1 + random.nextInt(UNITS));
            int ch = random.nextInt(100);
            String channel = ch < 45 ? "ONLINE" : ch < 95 ? "DIRECT" : "POSTAL";
            boolean fee = p.fee().signum() > 0;
            String payment = !fee ? "NONE" : random.nextInt(100) < 40 ? "CASHLESS" : "CASH";
            LocalDate day = firstDay.plusDays((long) i * days / n);
            Instant submitted = day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(480)))
                    .atZone(ZONE)
                    .toInstant();
            if (submitted.isAfter(now)) {
                submitted = now.minusSeconds(3600);
            }
            int limitDays = p.processingDays() == null ? 1 : p.processingDays();
            Instant due = submitted.plus(Duration.ofHours(24L * Math.max(1, limitDays * 7 / 5)));
            int fate = random.nextInt(100);
            String status;
            Instant received = submitted;
            Instant ready = null;
            Instant returned = null;
            Instant closed = null;
            Timeliness timeliness = null;
            Integer satisfaction = null;
            boolean suspended = false;
            Instant resolvedAt = submitted.plusSeconds(
                    (long) (Duration.between(submitted, due).toSeconds() * (0.2 + random.nextDouble() * 1.1)));
            if (fate < 2) {
                status = "REFUSED";
                received = null;
                due = null;
                closed = submitted;
            } else if (fate < 3) {
                status = "WITHDRAWN";
                closed = submitted.plus(Duration.ofHours(20));
            } else if (resolvedAt.isAfter(now)) {
                suspended = fate < 15;
                status = suspended ? "SUSPENDED" : "PROCESSING";
            } else if (fate < 8) {
                status = "REJECTED";
                closed = resolvedAt;
                timeliness = Timeliness.of(resolvedAt, due, ZONE);
            } else {
                ready = resolvedAt;
                timeliness = Timeliness.of(resolvedAt, due, ZONE);
                Instant back = ready.plus(Duration.ofHours(24 + random.nextInt(48)));
                if (random.nextInt(100) < 90 && back.isBefore(now)) {
                    status = "RETURNED";
                    returned = back;
                    closed = back;
                    if (random.nextInt(100) < 60) {
                        int r = random.nextInt(100);
                        satisfaction = r < 55 ? 5 : r < 80 ? 4 : r < 92 ? 3 : r < 97 ? 2 : 1;
                    }
                } else {
                    status = "RESULT_READY";
                }
            }
            int k = 1;
            dossier.setLong(k++, id);
            dossier.setString(k++, "B-" + id);
            dossier.setString(k++, p.code());
            dossier.setString(k++, unit);
            dossier.setString(k++, channel);
            dossier.setString(k++, status);
            dossier.setString(k++, payment);
            dossier.setBigDecimal(k++, p.fee());
            dossier.setTimestamp(k++, ts(submitted));
            dossier.setTimestamp(k++, ts(received));
            dossier.setObject(
                    k++, received == null ? null : received.atZone(ZONE).toLocalDate());
            dossier.setTimestamp(k++, ts(due));
            dossier.setTimestamp(k++, ts(ready));
            dossier.setTimestamp(k++, ts(returned));
            dossier.setTimestamp(k++, ts(closed));
            dossier.setString(k++, timeliness == null ? null : timeliness.name());
            dossier.setObject(k++, satisfaction);
            dossier.addBatch();

            String dept = p.firstDepartment();
            boolean isDigitized = received != null && random.nextInt(100) < 70;
            if (isDigitized) {
                digitized.setLong(1, id);
                digitized.addBatch();
            }
            if (received != null) {
                long[] r = counters(rollup, received, unit, dept, p.code(), channel);
                r[Counter.RECEIVED.ordinal()]++;
                r[Counter.RECEIVED_ONLINE.ordinal()] += channel.equals("ONLINE") ? 1 : 0;
                r[Counter.RECEIVED_POSTAL.ordinal()] += channel.equals("POSTAL") ? 1 : 0;
                r[Counter.DIGITIZED.ordinal()] += isDigitized ? 1 : 0;
                r[Counter.FEE_DOSSIERS.ordinal()] += fee ? 1 : 0;
                r[Counter.CASHLESS.ordinal()] += fee && payment.equals("CASHLESS") ? 1 : 0;
            } else {
                counters(rollup, closed, unit, dept, p.code(), channel)[Counter.REFUSED.ordinal()]++;
            }
            if (status.equals("WITHDRAWN")) {
                counters(rollup, closed, unit, dept, p.code(), channel)[Counter.WITHDRAWN.ordinal()]++;
            }
            if (timeliness != null) {
                long[] r = counters(rollup, ready != null ? ready : closed, unit, dept, p.code(), channel);
                r[Counter.RESOLVED.ordinal()]++;
                r[
                        (timeliness == Timeliness.EARLY
                                        ? Counter.EARLY
                                        : timeliness == Timeliness.ON_TIME ? Counter.ON_TIME : Counter.LATE)
                                .ordinal()]++;
                // The bench's dossiers have no supplement requests: late by the portal's rule is late.
                r[Counter.PROGRESS_LATE.ordinal()] += timeliness == Timeliness.LATE ? 1 : 0;
            }
            if (returned != null) {
                long[] r = counters(rollup, returned, unit, dept, p.code(), channel);
                r[Counter.RETURNED.ordinal()]++;
                r[Counter.RATINGS.ordinal()] += satisfaction != null ? 1 : 0;
                r[Counter.SATISFIED.ordinal()] += satisfaction != null && satisfaction >= 4 ? 1 : 0;
            }
            boolean late = due != null && (ready == null ? closed == null && now.isAfter(due) : ready.isAfter(due));
            boolean apologised = late && random.nextBoolean();
            // Left handling after its due instant (the bench suspends only dossiers still in handling): counted on the
            // due date, and the end of its overdue time on the date it left, as IndicatorRollup does.
            Instant left = ready != null ? ready : status.equals("REJECTED") ? closed : null;
            if (left != null && left.isAfter(due)) {
                long[] r = counters(rollup, due, unit, dept, p.code(), channel);
                r[Counter.PASSED_DUE.ordinal()]++;
                r[Counter.LATE_WITHOUT_APOLOGY.ordinal()] += apologised ? 0 : 1;
                counters(rollup, left, unit, dept, p.code(), channel)[Counter.OVERDUE_ENDED.ordinal()]++;
            }
            // Its outcome row, as IndicatorRollup writes it when a dossier leaves handling.
            if (left != null || status.equals("WITHDRAWN")) {
                outcome.setLong(1, id);
                outcome.setString(2, unit);
                outcome.setString(3, p.code());
                outcome.setTimestamp(4, ts(left));
                outcome.setString(5, left == null ? null : timeliness.name());
                outcome.setTimestamp(6, ts(due));
                outcome.setString(
                        7,
                        left == null || !left.isAfter(due)
                                ? "KEPT"
                                : apologised ? "PASSED_WITH_APOLOGY" : "PASSED_WITHOUT_APOLOGY");
                outcome.addBatch();
            }
            if (apologised) {
                Instant issued = due.minus(Duration.ofHours(24));
                apology.setLong(1, id);
                apology.setTimestamp(2, ts(issued));
                apology.setTimestamp(3, ts(due));
                apology.setTimestamp(4, ts(due.plus(Duration.ofDays(5))));
                apology.addBatch();
                counters(rollup, issued, unit, dept, p.code(), channel)[Counter.APOLOGIES.ordinal()]++;
            }
            if (suspended) {
                event.setLong(1, id);
                event.setTimestamp(2, ts(received.plus(Duration.ofHours(4))));
                event.addBatch();
                counters(rollup, received.plus(Duration.ofHours(4)), unit, dept, p.code(), channel)[
                        Counter.SUSPENSIONS_BEGUN.ordinal()]++;
            }
            if ((i + 1) % BATCH == 0 || i == n - 1) {
                dossier.executeBatch();
                digitized.executeBatch();
                apology.executeBatch();
                event.executeBatch();
                outcome.executeBatch();
                c.commit();
            }
        }
        insert(c, "indicator_rollup", "stat_on", rollup, LocalDate::parse);
        // The month level: the same counters summed by calendar month, as the listener keeps it.
        Map<String, long[]> months = new HashMap<>();
        for (Map.Entry<String, long[]> e : rollup.entrySet()) {
            String[] key = e.getKey().split("\\|", 2);
            LocalDate on = LocalDate.parse(key[0]);
            long[] m = months.computeIfAbsent(
                    (on.getYear() * 100 + on.getMonthValue()) + "|" + key[1], x -> new long[COUNTERS.size()]);
            for (int j = 0; j < COUNTERS.size(); j++) {
                m[j] += e.getValue()[j];
            }
        }
        insert(c, "indicator_rollup_month", "stat_month", months, Integer::valueOf);
        c.commit();
        System.out.printf("Rollup rows: %,d by day, %,d by month%n", rollup.size(), months.size());
    }

    /** Writes rollup rows keyed "period|unit|department|procedure|channel", the period parsed by {@code period}. */
    private static void insert(
            Connection c,
            String table,
            String periodColumn,
            Map<String, long[]> rows,
            java.util.function.Function<String, Object> period)
            throws Exception {
        PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + periodColumn + ", unit_code,"
                + " department_code, procedure_code, channel, " + String.join(", ", COUNTERS)
                + ") VALUES (?, ?, ?, ?, ?"
                + ", ?".repeat(COUNTERS.size()) + ")");
        int n = 0;
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            String[] key = e.getKey().split("\\|");
            insert.setObject(1, period.apply(key[0]));
            for (int j = 1; j < 5; j++) {
                insert.setString(j + 1, key[j]);
            }
            for (int j = 0; j < COUNTERS.size(); j++) {
                insert.setLong(6 + j, e.getValue()[j]);
            }
            insert.addBatch();
            if (++n % BATCH == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
    }

    private static long[] counters(
            Map<String, long[]> rollup, Instant at, String unit, String dept, String proc, String channel) {
        String key = at.atZone(ZONE).toLocalDate() + "|" + unit + "|" + dept + "|" + proc + "|" + channel;
        return rollup.computeIfAbsent(key, x -> new long[COUNTERS.size()]);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    // --- Timings -----------------------------------------------------------------------------------------------------

    static void time(IndicatorService service, IndicatorMapper mapper, Clock clock) {
        YearMonth month = YearMonth.now(clock.withZone(ZONE));
        YearMonth last = month.minusMonths(1);
        Map<String, IndicatorScope> scopes = new java.util.LinkedHashMap<>();
        scopes.put("current month", service.scope(month.atDay(1), month.atEndOfMonth(), null, null, null));
        scopes.put("last month", service.scope(last.atDay(1), last.atEndOfMonth(), null, null, null));
        scopes.put("last month, one unit", service.scope(last.atDay(1), last.atEndOfMonth(), "BENCH-7", null, null));
        scopes.put(
                "last 12 months", service.scope(month.minusMonths(12).atDay(1), last.atEndOfMonth(), null, null, null));
        for (Map.Entry<String, IndicatorScope> e : scopes.entrySet()) {
            IndicatorScope s = e.getValue();
            measure(
                    e.getKey() + ": rollup totals",
                    () -> mapper.totals(s, RollupSpan.of(s.from(), s.to())).of(Counter.RECEIVED));
            // The drill-down's total, read where the report reads it (IndicatorService#total).
            for (Metric m : Metric.values()) {
                measure(e.getKey() + ": total " + m.param(), () -> service.total(s, m));
            }
            // The same figures recounted from the dossier rows, as the drill-down lists them: the rollup's must agree.
            for (Metric m : List.of(Metric.IN_PROGRESS_OVERDUE, Metric.PASSED_DUE, Metric.LATE_WITHOUT_APOLOGY)) {
                measure(e.getKey() + ": recount " + m.param() + " (check)", () -> mapper.count(s, m.param()));
            }
            // Page 100 (rows 5,001-5,050) of every figure's drill-down: deep enough that a set read whole and sorted
            // shows, where a set read in its index's order stops after 5,050 entries.
            for (Metric m : Metric.values()) {
                measure(e.getKey() + ": drill-down " + m.param() + " page 100", () ->
                        (long) service.page(s, m, 50, 5000).size());
            }
            measure(e.getKey() + ": drill-down inProgress page 0", () ->
                    (long) service.page(s, Metric.IN_PROGRESS, 50, 0).size());
        }
        // The parts a running month's states are read from (IndicatorStates#running), by unit as groupBy=unit reads
        // them.
        IndicatorScope running = scopes.get("current month").groupedBy(IndicatorScope.BY_UNIT);
        java.time.Instant cut =
                LocalDate.now(clock.withZone(ZONE)).atStartOfDay(ZONE).toInstant();
        measure("current month by unit, part: in handling now (one pass)", () ->
                (long) mapper.inHandlingRunning(running, cut).size());
        measure("current month by unit, part: left handling since now", () -> (long)
                mapper.countLeftSinceAsOf(running, Metric.SUSPENDED.param()).size());
        measure("current month by unit, part: passed due since midnight", () ->
                (long) mapper.passedDueBy(running.between(cut, running.asOf())).size());
        measure(
                "current month by unit, part: rollup from today", () -> (long)
                        mapper.totalsBy(running, RollupSpan.of(LocalDate.now(clock.withZone(ZONE)), running.to()))
                                .size());
        String from = last.atDay(1).toString();
        String to = last.atEndOfMonth().toString();
        String monthFrom = month.atDay(1).toString();
        String monthTo = month.atEndOfMonth().toString();
        measure(
                "GET /api/indicators current month (all figures)",
                () -> service.report(monthFrom, monthTo, null, null, null, null)
                        .total()
                        .received());
        measure(
                "GET /api/indicators last 12 months (all figures)",
                () -> service.report(month.minusMonths(12).atDay(1).toString(), to, null, null, null, null)
                        .total()
                        .received());
        measure(
                "GET /api/indicators last month (all figures)",
                () -> service.report(from, to, null, null, null, null).total().received());
        measure("GET /api/indicators last month groupBy=unit (20 units, ranked)", () -> (long)
                service.report(from, to, null, null, null, "unit").groups().size());
        measure("GET /api/indicators last month groupBy=procedure", () -> (long)
                service.report(from, to, null, null, null, "procedure").groups().size());
        measure(
                "GET /api/indicators last month groupBy=department",
                () -> (long) service.report(from, to, null, null, null, "department")
                        .groups()
                        .size());
        measure(
                "GET /api/indicators current month groupBy=unit",
                () -> (long) service.report(monthFrom, monthTo, null, null, null, "unit")
                        .groups()
                        .size());
        measure(
                "GET /api/indicators last 12 months groupBy=unit",
                () -> (long) service.report(month.minusMonths(12).atDay(1).toString(), to, null, null, null, "unit")
                        .groups()
                        .size());
        measure(
                "GET /api/indicators last 12 months groupBy=month",
                () -> (long) service.report(month.minusMonths(12).atDay(1).toString(), to, null, null, null, "month")
                        .groups()
                        .size());
        measure("gauges: current month", () -> service.currentMonth().received());
    }

    private static boolean printing = true;

    /** One warm-up run, then the median and the worst of three. */
    private static void measure(String name, Supplier<Long> query) {
        long result = 0;
        result = query.get();
        long[] ms = new long[3];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            result = query.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        if (!printing) {
            return;
        }
        System.out.println(String.format(
                "%-70s result %,10d   median %5d ms   max %5d ms%s",
                name, result, ms[1], ms[2], ms[1] >= 100 ? "   <-- over 100 ms" : ""));
    }

    private IndicatorBench() {}
}
