package vn.motcua.indicator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
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
import java.util.ArrayList;
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
import vn.motcua.office.UnitKind;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Benchmark of the indicator queries on a large office: inserts N dossiers (default 1,000,000) and their rollup
 * straight with JDBC batches, then starts the application on that database and times every query the indicator
 * API runs. Not part of the build: see bench/indicators/README.md.
 *
 * <p>Arguments: {@code h2|mariadb [dossiers, default 10,000,000] [--skip-load] [--load-only] [--only=TEXT]}:
 * {@code --only} times the queries whose line contains TEXT, and runs no recount.
 */
public final class IndicatorBench {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int UNITS = 130;
    static final int BATCH = 10_000;
    /** Dossiers written to the load files before they are loaded. */
    static final int CHUNK = 500_000;

    static final List<String> COUNTERS = Counter.columns();

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        boolean load = !Arrays.asList(args).contains("--skip-load");
        boolean timed = !Arrays.asList(args).contains("--load-only");
        only = Arrays.stream(args)
                .filter(a -> a.startsWith("--only="))
                .map(a -> a.substring("--only=".length()))
                .findFirst()
                .orElse(null);
        String appUrl;
        String loadUrl;
        String user;
        String profiles;
        if (db.equals("mariadb")) {
            appUrl =
                    "jdbc:mysql://127.0.0.1:3306/motcua_bench?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true"
                            + "&sendFractionalSeconds=false&connectionTimeZone=UTC&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin";
            loadUrl = appUrl + "&rewriteBatchedStatements=true&allowLoadLocalInfile=true";
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
        // No scheduled work beside the timed queries: the lateness warnings read every dossier in handling, and
        // during the load their query waits for the index builds' table lock.
        System.setProperty("motcua.forecast.warn-cron", "-");
        System.setProperty("motcua.privacy.purge-cron", "-");
        System.setProperty("motcua.files.orphan-sweep.cron", "-");
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
                    generate(c, db.equals("mariadb"), catalog.all(), dossiers);
                }
                System.out.printf("Loaded %,d dossiers in %.1f s%n", dossiers, (System.nanoTime() - t0) / 1e9);
            }
            if (!timed) {
                if (load && !db.equals("mariadb")) {
                    app.close();
                    compact(loadUrl, user);
                }
                return;
            }
            try (Connection c = app.getBean(javax.sql.DataSource.class).getConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM dossier), (SELECT COUNT(*) FROM unit),"
                            + " (SELECT COUNT(*) FROM dossier WHERE status IN ('PROCESSING', 'SUSPENDED'))")) {
                r.next();
                System.out.printf(
                        "%s %s: %,d dossiers (%,d in handling), %d units; %d processors; %s%n",
                        c.getMetaData().getDatabaseProductName(),
                        c.getMetaData().getDatabaseProductVersion(),
                        r.getLong(1),
                        r.getLong(3),
                        r.getLong(2),
                        Runtime.getRuntime().availableProcessors(),
                        Instant.now());
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

    /**
     * Rewrites the H2 file with only its live pages. After the index builds the file holds many chunks that are
     * mostly dead; H2 compacts them in the background once the database is open, and the first timings on a freshly
     * loaded file ran beside that rewrite (the file grew from 12 to 17 GB during a timed run, medians up to 2.5 times
     * those after compaction).
     */
    private static void compact(String url, String user) throws java.sql.SQLException {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        System.out.printf("Compacted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // --- Generator ---------------------------------------------------------------------------------------------------

    /** A unit of the generated province: code, name, kind, parent. */
    record BenchUnit(String code, String name, String kind, String parent) {}

    /**
     * The province: the demo's units (root, service center, its branch, provincial agencies, three communes) and bench
     * units up to {@link #UNITS}: branches of the center, provincial agencies and communes, under the root.
     */
    static List<BenchUnit> province(Connection c) throws Exception {
        List<BenchUnit> units = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT code, name, kind, parent_code FROM unit ORDER BY code")) {
            while (r.next()) {
                units.add(new BenchUnit(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        String root = units.stream()
                .filter(u -> u.parent() == null && u.kind().equals("PROVINCE"))
                .map(BenchUnit::code)
                .findFirst()
                .orElseThrow();
        String center = units.stream()
                .filter(u -> u.kind().equals("SERVICE_CENTER"))
                .map(BenchUnit::code)
                .findFirst()
                .orElseThrow();
        List<BenchUnit> added = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            added.add(new BenchUnit("BENCH-CN-" + i, "Chi nhánh thử tải số " + i, "BRANCH", center));
        }
        for (int i = 1; i <= 17; i++) {
            added.add(new BenchUnit("BENCH-SO-" + i, "Sở thử tải số " + i, "PROVINCE", root));
        }
        for (int i = 1; units.size() + added.size() < UNITS; i++) {
            added.add(new BenchUnit("BENCH-XA-" + i, "Xã thử tải số " + i, "COMMUNE", root));
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO unit (code, agency_code, name, morning_start,"
                + " morning_end, afternoon_start, afternoon_end, kind, parent_code)"
                + " VALUES (?, ?, ?, '08:00:00', '12:00:00', '13:00:00', '17:00:00', ?, ?)")) {
            int n = 0;
            for (BenchUnit u : added) {
                insert.setString(1, u.code());
                insert.setString(2, String.format("000.%02d.%02d.H99", n / 100, n % 100));
                insert.setString(3, u.name());
                insert.setString(4, u.kind());
                insert.setString(5, u.parent());
                insert.addBatch();
                n++;
            }
            insert.executeBatch();
        }
        c.commit();
        units.addAll(added);
        return units;
    }

    /** Picks an index by cumulative weights. */
    static int pick(double[] cumulative, Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return i >= 0 ? i : -i - 1;
    }

    static double[] cumulative(int n, double exponent) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            c[i] = sum;
        }
        return c;
    }

    /**
     * The constraints of V1 whose indexes H2 keeps up row by row (it will not drop a constraint's index alone): dropped
     * for the load and added again after it, unchecked (the generator writes only existing keys and unique codes).
     */
    static final String[][] H2_CONSTRAINTS = {
        {"dossier", "uk_dossier_code", "UNIQUE (code)"},
        {"dossier", "fk_dossier_procedure", "FOREIGN KEY (procedure_code) REFERENCES admin_procedure (code) NOCHECK"},
        {"dossier", "fk_dossier_unit", "FOREIGN KEY (unit_code) REFERENCES unit (code) NOCHECK"},
        {"dossier_event", "fk_dossier_event_dossier", "FOREIGN KEY (dossier_id) REFERENCES dossier (id) NOCHECK"}
    };

    static final String[] CHANNELS = {"ONLINE", "DIRECT", "POSTAL"};

    static void generate(Connection c, boolean mysql, List<Procedure> procedures, int n) throws Exception {
        c.setAutoCommit(false);
        List<BenchUnit> units = province(c);
        String[] unitCodes = units.stream().map(BenchUnit::code).toArray(String[]::new);
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < unitCodes.length; i++) {
            unitIndex.put(unitCodes[i], i);
        }
        // Communes by size (a few large wards, many small communes), provincial agencies alike, and the desks of the
        // center: where a dossier is resolved and where it is received.
        int[] communes = units.stream()
                .filter(u -> u.kind().equals("COMMUNE"))
                .mapToInt(u -> unitIndex.get(u.code()))
                .toArray();
        int[] agencies = units.stream()
                .filter(u -> u.kind().equals("PROVINCE") && u.parent() != null)
                .mapToInt(u -> unitIndex.get(u.code()))
                .toArray();
        int[] desks = units.stream()
                .filter(u -> u.kind().equals("SERVICE_CENTER") || u.kind().equals("BRANCH"))
                .mapToInt(u -> unitIndex.get(u.code()))
                .toArray();
        double[] communeWeights = cumulative(communes.length, 0.5);
        System.out.printf(
                "Province: %d units (%d communes, %d provincial agencies, %d desks of the center)%n",
                units.size(), communes.length, agencies.length, desks.length);
        String[] procedureCodes = procedures.stream().map(Procedure::code).toArray(String[]::new);
        String[] departments =
                procedures.stream().map(Procedure::firstDepartment).toArray(String[]::new);

        if (!mysql) {
            try (Statement s = c.createStatement()) {
                for (String[] constraint : H2_CONSTRAINTS) {
                    s.execute("ALTER TABLE " + constraint[0] + " DROP CONSTRAINT " + constraint[1]);
                }
            }
            c.commit();
        }
        Map<String, Index> dropped = dropIndexes(
                c, mysql, "dossier", "indicator_digitized", "apology", "dossier_event", "indicator_outcome");
        long firstId;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM dossier")) {
            r.next();
            firstId = r.getLong(1);
        }
        Random random = new Random(766);
        Instant now = Instant.now();
        int days = 730;
        LocalDate firstDay = LocalDate.now(ZONE).minusDays(days);
        Map<Long, long[]> rollup = new HashMap<>();
        Path dir = Path.of("bench/indicators/data/load-" + (mysql ? "mariadb" : "h2"));
        Files.createDirectories(dir);
        Sink dossier = new Sink(
                c,
                mysql,
                dir,
                "dossier",
                List.of(
                        "id",
                        "code",
                        "procedure_code",
                        "unit_code",
                        "channel",
                        "status",
                        "payment_method",
                        "fee",
                        "submitted_at",
                        "received_at",
                        "received_on",
                        "due_at",
                        "result_ready_at",
                        "returned_at",
                        "closed_at",
                        "timeliness",
                        "satisfaction",
                        "helped_unit_code",
                        "receiving_unit_code",
                        "receiving_unit_name",
                        "unit_name"),
                Map.of(
                        "applicant_full_name", "'Nguyễn Văn Thử'",
                        // As Folding.fold writes it at intake: else the application folds 10,000,000 names at start.
                        "applicant_name_folded", "'nguyen van thu'",
                        "applicant_id_number", "'001190012345'",
                        "applicant_phone", "'0912345678'",
                        "applicant_address", "'Xã Thử'",
                        "overdue", "FALSE",
                        "version", "0"));
        Sink digitized = new Sink(c, mysql, dir, "indicator_digitized", List.of("dossier_id"), Map.of());
        Sink apology = new Sink(
                c,
                mysql,
                dir,
                "apology",
                List.of("dossier_id", "issued_at", "original_due_at", "new_due_at", "unit_code"),
                Map.of("issued_by", "'bench'", "reason", "'Chờ xác minh'"));
        Sink event = new Sink(
                c,
                mysql,
                dir,
                "dossier_event",
                List.of("dossier_id", "at"),
                Map.of("step", "'SUSPENDED'", "actor", "'bench'"));
        Sink outcome = new Sink(
                c,
                mysql,
                dir,
                "indicator_outcome",
                List.of(
                        "dossier_id",
                        "unit_code",
                        "procedure_code",
                        "resolved_at",
                        "timeliness",
                        "due_at",
                        "due_outcome"),
                Map.of());
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long id = firstId + i;
            int pi = random.nextInt(procedures.size());
            Procedure p = procedures.get(pi);
            boolean communal = p.resolvedBy(UnitKind.COMMUNE);
            int ui = communal ? communes[pick(communeWeights, random)] : agencies[random.nextInt(agencies.length)];
            String unit = unitCodes[ui];
            // A quarter of the communes' dossiers, and every provincial one, received at the center or a branch.
            int receiving = !communal || random.nextInt(100) < 25 ? desks[random.nextInt(desks.length)] : ui;
            int ch = random.nextInt(100);
            int chi = ch < 45 ? 0 : ch < 95 ? 1 : 2;
            String channel = CHANNELS[chi];
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
            dossier.row(
                    id,
                    // Zero-padded, so that the unique index on the code grows at its end like the primary key.
                    String.format("B-%09d", id),
                    p.code(),
                    unit,
                    channel,
                    status,
                    payment,
                    p.fee(),
                    submitted,
                    received,
                    received == null ? null : received.atZone(ZONE).toLocalDate(),
                    due,
                    ready,
                    returned,
                    closed,
                    timeliness == null ? null : timeliness.name(),
                    satisfaction,
                    unitCodes[receiving],
                    unitCodes[receiving],
                    units.get(receiving).name(),
                    units.get(ui).name());

            boolean isDigitized = received != null && random.nextInt(100) < 70;
            if (isDigitized) {
                digitized.row(id);
            }
            if (received != null) {
                long[] r = counters(rollup, received, ui, pi, chi);
                r[Counter.RECEIVED.ordinal()]++;
                r[Counter.RECEIVED_ONLINE.ordinal()] += channel.equals("ONLINE") ? 1 : 0;
                r[Counter.RECEIVED_POSTAL.ordinal()] += channel.equals("POSTAL") ? 1 : 0;
                r[Counter.DIGITIZED.ordinal()] += isDigitized ? 1 : 0;
                r[Counter.FEE_DOSSIERS.ordinal()] += fee ? 1 : 0;
                r[Counter.CASHLESS.ordinal()] += fee && payment.equals("CASHLESS") ? 1 : 0;
            } else {
                counters(rollup, closed, ui, pi, chi)[Counter.REFUSED.ordinal()]++;
            }
            if (status.equals("WITHDRAWN")) {
                counters(rollup, closed, ui, pi, chi)[Counter.WITHDRAWN.ordinal()]++;
            }
            if (timeliness != null) {
                long[] r = counters(rollup, ready != null ? ready : closed, ui, pi, chi);
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
                long[] r = counters(rollup, returned, ui, pi, chi);
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
                long[] r = counters(rollup, due, ui, pi, chi);
                r[Counter.PASSED_DUE.ordinal()]++;
                r[Counter.LATE_WITHOUT_APOLOGY.ordinal()] += apologised ? 0 : 1;
                counters(rollup, left, ui, pi, chi)[Counter.OVERDUE_ENDED.ordinal()]++;
            }
            // Its outcome row, as IndicatorRollup writes it when a dossier leaves handling.
            if (left != null || status.equals("WITHDRAWN")) {
                outcome.row(
                        id,
                        unit,
                        p.code(),
                        left,
                        left == null ? null : timeliness.name(),
                        due,
                        left == null || !left.isAfter(due)
                                ? "KEPT"
                                : apologised ? "PASSED_WITH_APOLOGY" : "PASSED_WITHOUT_APOLOGY");
            }
            if (apologised) {
                Instant issued = due.minus(Duration.ofHours(24));
                apology.row(id, issued, due, due.plus(Duration.ofDays(5)), unit);
                counters(rollup, issued, ui, pi, chi)[Counter.APOLOGIES.ordinal()]++;
            }
            if (suspended) {
                event.row(id, received.plus(Duration.ofHours(4)));
                counters(rollup, received.plus(Duration.ofHours(4)), ui, pi, chi)[
                        Counter.SUSPENSIONS_BEGUN.ordinal()]++;
            }
            if ((i + 1) % CHUNK == 0 || i == n - 1) {
                for (Sink sink : List.of(dossier, digitized, apology, event, outcome)) {
                    sink.load();
                }
            }
            if ((i + 1) % 1_000_000 == 0) {
                System.out.printf("  %,d dossiers in %.1f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        System.out.printf("Rows written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        // The month level and the all-time level: the same counters summed by calendar month and over every date.
        Map<Long, long[]> months = new HashMap<>();
        Map<Long, long[]> allTime = new HashMap<>();
        for (Map.Entry<Long, long[]> e : rollup.entrySet()) {
            LocalDate on = LocalDate.ofEpochDay(e.getKey() >> 32);
            long rest = e.getKey() & 0xFFFFFFFFL;
            add(
                    months.computeIfAbsent(
                            (long) (on.getYear() * 100 + on.getMonthValue()) << 32 | rest,
                            x -> new long[COUNTERS.size()]),
                    e.getValue());
            add(allTime.computeIfAbsent(rest, x -> new long[COUNTERS.size()]), e.getValue());
        }
        String[] keyColumns = {"unit_code", "department_code", "procedure_code", "channel"};
        java.util.function.Function<Long, Object[]> key = k -> {
            int u = (int) (k >> 16 & 0xFFFF);
            int pr = (int) (k >> 4 & 0xFFF);
            return new Object[] {unitCodes[u], departments[pr], procedureCodes[pr], CHANNELS[(int) (k & 0xF)]};
        };
        insert(c, mysql, "indicator_rollup", "stat_on", keyColumns, rollup, k -> LocalDate.ofEpochDay(k >> 32), key);
        insert(c, mysql, "indicator_rollup_month", "stat_month", keyColumns, months, k -> (int) (k >> 32), key);
        if (tableExists(c, "indicator_rollup_total")) {
            insert(c, mysql, "indicator_rollup_total", null, keyColumns, allTime, k -> null, key);
        }
        c.commit();
        System.out.printf(
                "Rollup rows: %,d by day, %,d by month, %,d all-time, in %.1f s%n",
                rollup.size(), months.size(), allTime.size(), (System.nanoTime() - t0) / 1e9);
        createIndexes(c, mysql, dropped);
        if (!mysql) {
            try (Statement s = c.createStatement()) {
                for (String[] constraint : H2_CONSTRAINTS) {
                    long t1 = System.nanoTime();
                    s.execute(
                            "ALTER TABLE " + constraint[0] + " ADD CONSTRAINT " + constraint[1] + " " + constraint[2]);
                    c.commit();
                    System.out.printf(
                            "  %s: %s in %.1f s%n", constraint[0], constraint[1], (System.nanoTime() - t1) / 1e9);
                }
            }
        }
        System.out.printf("Indexes built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void add(long[] sum, long[] counts) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += counts[j];
        }
    }

    static boolean tableExists(Connection c, String table) throws Exception {
        try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (r.next()) {
                if (r.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A secondary index, as the migrations created it. */
    record Index(String table, String name, boolean unique, List<String> columns) {}

    /**
     * Drops the secondary indexes of the tables the load fills, so that they are built once, sorted, after it: kept up
     * row by row, ten indexes of ten million dossiers are random writes all over the disk. An index the database
     * will not drop (a constraint's own, on H2) stays.
     */
    static Map<String, Index> dropIndexes(Connection c, boolean mysql, String... tables) throws Exception {
        Map<String, Index> dropped = new java.util.LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : tables) {
            String name = mysql ? table : table.toUpperCase();
            Map<String, Index> indexes = new java.util.LinkedHashMap<>();
            try (ResultSet r = meta.getIndexInfo(c.getCatalog(), mysql ? null : c.getSchema(), name, false, false)) {
                while (r.next()) {
                    String index = r.getString("INDEX_NAME");
                    if (index == null || index.equalsIgnoreCase("PRIMARY") || index.startsWith("PRIMARY_KEY")) {
                        continue;
                    }
                    indexes.computeIfAbsent(
                                    index, x -> new Index(table, x, !getBoolean(r, "NON_UNIQUE"), new ArrayList<>()))
                            .columns()
                            .add(r.getShort("ORDINAL_POSITION") - 1, r.getString("COLUMN_NAME"));
                }
            }
            try (Statement s = c.createStatement()) {
                if (mysql) {
                    s.execute("SET foreign_key_checks = 0");
                    s.execute("SET unique_checks = 0");
                } else {
                    s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                }
                for (Index index : indexes.values()) {
                    try {
                        s.execute(
                                mysql
                                        ? "ALTER TABLE " + table + " DROP INDEX " + index.name()
                                        : "DROP INDEX " + index.name());
                        dropped.put(index.name(), index);
                    } catch (java.sql.SQLException kept) {
                        System.out.println("  kept " + table + "." + index.name() + ": " + kept.getMessage());
                    }
                }
            }
        }
        c.commit();
        return dropped;
    }

    private static boolean getBoolean(ResultSet r, String column) {
        try {
            return r.getBoolean(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the dropped indexes again: on MySQL/MariaDB all of a table's in one statement, one sorted pass. */
    static void createIndexes(Connection c, boolean mysql, Map<String, Index> dropped) throws Exception {
        Map<String, List<Index>> byTable = new java.util.LinkedHashMap<>();
        dropped.values()
                .forEach(i -> byTable.computeIfAbsent(i.table(), x -> new ArrayList<>())
                        .add(i));
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, List<Index>> e : byTable.entrySet()) {
                long t0 = System.nanoTime();
                if (mysql) {
                    s.execute("ALTER TABLE " + e.getKey() + " "
                            + String.join(
                                    ", ",
                                    e.getValue().stream()
                                            .map(i -> "ADD " + (i.unique() ? "UNIQUE " : "") + "INDEX " + i.name()
                                                    + " (" + String.join(", ", i.columns()) + ")")
                                            .toList()));
                } else {
                    for (Index i : e.getValue()) {
                        s.execute("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + i.name() + " ON " + e.getKey()
                                + " (" + String.join(", ", i.columns()) + ")");
                    }
                }
                c.commit();
                System.out.printf(
                        "  %s: %d indexes in %.1f s%n",
                        e.getKey(), e.getValue().size(), (System.nanoTime() - t0) / 1e9);
            }
            if (mysql) {
                s.execute("SET foreign_key_checks = 1");
                s.execute("SET unique_checks = 1");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        c.commit();
    }

    /**
     * Rows of one table written as text ('|' between fields) and loaded a chunk at a time by the
     * database's own bulk path: LOAD DATA on MySQL/MariaDB, INSERT ... SELECT FROM CSVREAD on H2. JDBC batches spent
     * most of their time binding parameters (34 s for 200,000 dossiers on MariaDB).
     */
    static final class Sink {
        private final Connection c;
        private final boolean mysql;
        private final Path file;
        private final String table;
        private final List<String> columns;
        private final Map<String, String> constants;
        private final StringBuilder text = new StringBuilder(1 << 20);
        private java.io.Writer out;

        Sink(Connection c, boolean mysql, Path dir, String table, List<String> columns, Map<String, String> constants) {
            this.c = c;
            this.mysql = mysql;
            this.file = dir.resolve(table + ".txt");
            this.table = table;
            this.columns = columns;
            this.constants = constants;
        }

        void row(Object... values) throws Exception {
            if (out == null) {
                out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
                if (!mysql) {
                    out.write(String.join("|", columns).toUpperCase() + "\n");
                }
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('|');
                }
                Object v = values[i];
                if (v == null) {
                    // LOAD DATA's NULL; CSVREAD reads an empty field as NULL.
                    text.append(mysql ? "\\N" : "");
                } else if (v instanceof Instant at) {
                    appendUtc(text, at.getEpochSecond());
                } else {
                    text.append(v);
                }
            }
            text.append('\n');
            if (text.length() > 1 << 20) {
                out.write(text.toString());
                text.setLength(0);
            }
        }

        void load() throws Exception {
            if (out == null) {
                return;
            }
            out.write(text.toString());
            text.setLength(0);
            out.close();
            out = null;
            String path = file.toAbsolutePath().toString();
            try (Statement s = c.createStatement()) {
                if (mysql) {
                    StringBuilder set = new StringBuilder();
                    constants.forEach((k, v) -> set.append(set.length() == 0 ? " SET " : ", ")
                            .append(k)
                            .append(" = ")
                            .append(v));
                    s.execute("LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE " + table
                            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '|' LINES TERMINATED BY '\\n' ("
                            + String.join(", ", columns) + ")" + set);
                } else {
                    List<String> names = new ArrayList<>(columns);
                    List<String> values = new ArrayList<>(columns);
                    constants.forEach((k, v) -> {
                        names.add(k);
                        values.add(v);
                    });
                    s.execute("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT "
                            + String.join(", ", values) + " FROM CSVREAD('" + path
                            + "', NULL, 'charset=UTF-8 fieldSeparator=|')");
                }
            }
            c.commit();
            Files.delete(file);
        }
    }

    /** yyyy-MM-dd HH:mm:ss of an epoch second, in UTC (the load connection's zone). */
    static void appendUtc(StringBuilder b, long epochSecond) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.UTC);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** Writes rollup rows by packed key: the period (or none, all-time) and the four key columns. */
    private static void insert(
            Connection c,
            boolean mysql,
            String table,
            String periodColumn,
            String[] keyColumns,
            Map<Long, long[]> rows,
            java.util.function.Function<Long, Object> period,
            java.util.function.Function<Long, Object[]> key)
            throws Exception {
        List<String> columns = new ArrayList<>();
        if (periodColumn != null) {
            columns.add(periodColumn);
        }
        columns.addAll(List.of(keyColumns));
        columns.addAll(COUNTERS);
        Sink sink = new Sink(
                c,
                mysql,
                Path.of("bench/indicators/data/load-" + (mysql ? "mariadb" : "h2")),
                table,
                columns,
                Map.of());
        Object[] values = new Object[columns.size()];
        for (Map.Entry<Long, long[]> e : rows.entrySet()) {
            int j = 0;
            if (periodColumn != null) {
                values[j++] = period.apply(e.getKey());
            }
            for (Object k : key.apply(e.getKey())) {
                values[j++] = k;
            }
            for (long count : e.getValue()) {
                values[j++] = count;
            }
            sink.row(values);
        }
        sink.load();
    }

    /** The counters of a key: office date, unit, procedure (its department follows) and channel, packed in a long. */
    private static long[] counters(Map<Long, long[]> rollup, Instant at, int unit, int procedure, int channel) {
        long key = at.atZone(ZONE).toLocalDate().toEpochDay() << 32 | (long) unit << 16 | procedure << 4 | channel;
        return rollup.computeIfAbsent(key, x -> new long[COUNTERS.size()]);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    // --- Timings -----------------------------------------------------------------------------------------------------

    /** The ward of the demo, the largest commune (the demo's communes come first in the weights). */
    static final String COMMUNE = "PHUONG-HO-SEN";
    /** The last commune of the bench, the smallest: its pages find the fewest of its own entries among the others. */
    static final String SMALL_COMMUNE = "BENCH-XA-97";

    static void time(IndicatorService service, IndicatorMapper mapper, Clock clock) {
        YearMonth month = YearMonth.now(clock.withZone(ZONE));
        YearMonth last = month.minusMonths(1);
        LocalDate yearFrom = month.minusMonths(12).atDay(1);
        Map<String, IndicatorScope> scopes = new java.util.LinkedHashMap<>();
        scopes.put("current month", service.scope(month.atDay(1), month.atEndOfMonth(), null, null, null));
        scopes.put("last month", service.scope(last.atDay(1), last.atEndOfMonth(), null, null, null));
        scopes.put("last 12 months", service.scope(yearFrom, last.atEndOfMonth(), null, null, null));
        scopes.put(
                "current month, one commune", service.scope(month.atDay(1), month.atEndOfMonth(), COMMUNE, null, null));
        scopes.put("last month, one commune", service.scope(last.atDay(1), last.atEndOfMonth(), COMMUNE, null, null));
        scopes.put("last 12 months, one commune", service.scope(yearFrom, last.atEndOfMonth(), COMMUNE, null, null));
        scopes.put(
                "last month, smallest commune",
                service.scope(last.atDay(1), last.atEndOfMonth(), SMALL_COMMUNE, null, null));
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
            // Timed once: they scan a period's dossiers (seconds over a year at ten million), and no API call runs
            // them.
            for (Metric m : List.of(Metric.IN_PROGRESS_OVERDUE, Metric.PASSED_DUE, Metric.LATE_WITHOUT_APOLOGY)) {
                check(e.getKey() + ": recount " + m.param() + " (check)", () -> mapper.count(s, m.param()));
            }
            // Page 100 (rows 5,001-5,050) of every figure's drill-down: deep enough that a set read whole and sorted
            // shows, where a set read in its index's order stops after 5,050 entries.
            for (Metric m : Metric.values()) {
                measure(e.getKey() + ": drill-down " + m.param() + " page 100", () ->
                        (long) service.page(s, m, 50, 5000).size());
            }
            for (Metric m : Metric.values()) {
                measure(e.getKey() + ": drill-down " + m.param() + " page 0", () ->
                        (long) service.page(s, m, 50, 0).size());
            }
        }
        // The parts a running month's states are read from (IndicatorStates#running), by unit as groupBy=unit reads
        // them.
        IndicatorScope running = scopes.get("current month").groupedBy(IndicatorScope.BY_UNIT);
        java.time.Instant cut =
                LocalDate.now(clock.withZone(ZONE)).atStartOfDay(ZONE).toInstant();
        measure("current month by unit, part: all-time sums (in handling, waiting now)", () ->
                (long) mapper.allTimeBy(running).size());
        measure("current month by unit, part: in handling, due before now", () ->
                (long) mapper.dueInHandlingBy(running, cut).size());
        measure("current month by unit, part: received, suspended, resumed since now", () ->
                (long) mapper.inHandlingSinceAsOf(running).size());
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
        String year = yearFrom.toString();
        // The dashboard's twelve months: the chosen month and the eleven before it.
        String dashboardYear = month.minusMonths(11).atDay(1).toString();
        for (String unit : java.util.Arrays.asList(null, COMMUNE)) {
            String of = unit == null ? "" : " unit=" + unit;
            measure(
                    "GET /api/indicators current month" + of,
                    () -> service.report(monthFrom, monthTo, unit, null, null, null)
                            .total()
                            .received());
            measure(
                    "GET /api/indicators last month" + of,
                    () -> service.report(from, to, unit, null, null, null)
                            .total()
                            .received());
            measure(
                    "GET /api/indicators last 12 months" + of,
                    () -> service.report(year, to, unit, null, null, null)
                            .total()
                            .received());
            for (String groupBy : List.of("procedure", "department")) {
                measure(
                        "GET /api/indicators current month groupBy=" + groupBy + of,
                        () -> (long) service.report(monthFrom, monthTo, unit, null, null, groupBy)
                                .groups()
                                .size());
                measure(
                        "GET /api/indicators last month groupBy=" + groupBy + of,
                        () -> (long) service.report(from, to, unit, null, null, groupBy)
                                .groups()
                                .size());
            }
            measure(
                    "GET /api/indicators 12 months to this one groupBy=month" + of,
                    () -> (long) service.report(dashboardYear, monthTo, unit, null, null, "month")
                            .groups()
                            .size());
            measure("GET /api/indicators last 12 months groupBy=month" + of, () -> (long)
                    service.report(year, to, unit, null, null, "month").groups().size());
        }
        // The league table: every commune and provincial unit, ranked.
        measure(
                "league table: current month groupBy=unit",
                () -> (long) service.report(monthFrom, monthTo, null, null, null, "unit")
                        .groups()
                        .size());
        measure("league table: last month groupBy=unit", () -> (long)
                service.report(from, to, null, null, null, "unit").groups().size());
        measure("league table: last 12 months groupBy=unit", () -> (long)
                service.report(year, to, null, null, null, "unit").groups().size());
        measure("gauges: current month", () -> service.currentMonth().received());
        // The supervisor's dashboard of the current month: its five reports, as DashboardController asks them.
        for (String unit : java.util.Arrays.asList(null, COMMUNE)) {
            measure("dashboard page, current month" + (unit == null ? ", province" : ", unit=" + unit), () -> {
                long n = service.report(monthFrom, monthTo, unit, null, null, null)
                        .total()
                        .received();
                service.report(dashboardYear, monthTo, unit, null, null, "month");
                service.report(monthFrom, monthTo, unit, null, null, "department");
                service.report(monthFrom, monthTo, unit, null, null, "procedure");
                service.report(monthFrom, monthTo, null, null, null, "unit");
                return n;
            });
        }
    }

    private static boolean printing = true;
    /** {@code --only}: the text a query's line must contain to be timed, or {@code null} for all. */
    private static String only;

    /** A recount, run once and only in the printed pass. */
    private static void check(String name, Supplier<Long> query) {
        if (!printing || only != null) {
            return;
        }
        long t0 = System.nanoTime();
        long result = query.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(String.format("%-78s result %,10d   once   %5d ms", name, result, ms));
    }

    /** One warm-up run, then the median and the worst of three. */
    private static void measure(String name, Supplier<Long> query) {
        if (only != null && !name.contains(only)) {
            return;
        }
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
                "%-78s result %,10d   median %5d ms   max %5d ms%s",
                name, result, ms[1], ms[2], ms[1] >= 100 ? "   <-- over 100 ms" : ""));
    }

    private IndicatorBench() {}
}
