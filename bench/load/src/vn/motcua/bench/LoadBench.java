package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.handling.TaskWork;
import vn.motcua.security.Staff;

/**
 * Load generator: N concurrent clients against Một Cửa's REST API, and in the same run the baseline, a bare
 * Camunda 7 engine (embedded, default configuration, history full, same database kind, database of its own)
 * starting and completing a model with as many user tasks as our lifecycle. Not part of the build: see
 * bench/load/README.md.
 *
 * <p>Arguments: {@code h2|mariadb [clients] [lifecycles] [intakes]}.
 */
public final class LoadBench {

    static final int PORT = 18090;
    static final int BARE_PORT = 18091;
    /** Our lifecycle's user tasks: completeness check, examination, signature, hand-back. */
    static final int USER_TASKS = 4;

    static final ObjectMapper JSON = new ObjectMapper();
    /** Set during the untimed warm-up pass: nothing is printed. */
    static volatile boolean quiet;
    /** MariaDB's counters and the CPU it and this JVM have used, read around each timed phase; null on H2. */
    static ServerCounters server;

    public static void main(String[] args) {
        BenchApp.main(LoadBench::bench, args);
    }

    static void bench(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int lifecycles = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int intakes = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int warmup = Math.max(50, lifecycles / 3);
        Database database = Database.of(db);
        server = db.equals("mariadb") ? new ServerCounters() : null;
        System.out.printf(
                "Load bench on %s: %d clients, %d lifecycles, %d intakes, %d warm-up lifecycles%n",
                db, clients, lifecycles, intakes, warmup);
        // The systems share the JVM, and the engine's code is compiled once for all of them: the systems timed
        // later ran on code the earlier ones had warmed (a phase that ran first came out up to twice as slow). So the
        // whole sequence runs once untimed, at a quarter of the size, and then again, timed, on fresh databases.
        quiet = true;
        pass(database, db, clients, Math.max(warmup, lifecycles / 4), Math.max(warmup, intakes / 4), warmup);
        quiet = false;
        Map<String, Result> results = pass(database, db, clients, lifecycles, intakes, warmup);
        printRatios(results);
    }

    /** Every system, one after the other, each on a fresh database. */
    static Map<String, Result> pass(Database database, String db, int clients, int lifecycles, int intakes, int warmup)
            throws Exception {
        Map<String, Result> results = new HashMap<>();

        // --- Bare Camunda: in-process, then behind a minimal HTTP layer -------------------------------------
        database.recreate("camunda_bare");
        HikariDataSource bareData = database.pool("camunda_bare");
        ProcessEngine bare = bareEngine(bareData);
        try {
            // Over HTTP first: the JVM is cold at the start, and the in-process figures are the baseline of the
            // brief's ratio, so they are taken on a warm engine (a cold first phase ran up to 2x slower).
            HttpServer server = BareHttp.start(bare);
            try {
                BareHttpClient overHttp = new BareHttpClient(clients);
                run(
                        results,
                        "bare over HTTP",
                        clients,
                        warmup,
                        lifecycles,
                        intakes,
                        overHttp::lifecycle,
                        overHttp::start);
            } finally {
                server.stop(0);
            }
            Bare inProcess = new Bare(bare);
            run(
                    results,
                    "bare in-process",
                    clients,
                    warmup,
                    lifecycles,
                    intakes,
                    inProcess::lifecycle,
                    inProcess::start);
            time(
                    results,
                    "bare in-process, start + first task completed",
                    clients,
                    intakes,
                    inProcess::startAndCompleteFirst);
            OurModels.InProcess ourModels = new OurModels.InProcess(bare);
            run(
                    results,
                    "bare in-process, our models",
                    clients,
                    warmup,
                    lifecycles,
                    intakes,
                    ourModels::lifecycle,
                    ourModels::deskIntake);
            time(results, "bare in-process, our models, intake ONLINE", clients, intakes, ourModels::onlineIntake);
        } finally {
            bare.close();
            bareData.close();
        }

        // --- Bare Camunda as shipped: the Spring Boot starter's REST API, default configuration -------------------
        ConfigurableApplicationContext camunda = BareCamundaRest.start(db, "camunda_rest");
        try {
            BareCamundaRest.Client rest = new BareCamundaRest.Client(clients);
            run(results, "bare Camunda REST", clients, warmup, lifecycles, intakes, rest::lifecycle, rest::start);
            time(
                    results,
                    "bare Camunda REST, start + first task completed",
                    clients,
                    intakes,
                    rest::startAndCompleteFirst);
            OurModels.Rest ourModels = new OurModels.Rest(rest);
            run(
                    results,
                    "bare Camunda REST, our models",
                    clients,
                    warmup,
                    lifecycles,
                    intakes,
                    ourModels::lifecycle,
                    ourModels::deskIntake);
            time(results, "bare Camunda REST, our models, intake ONLINE", clients, intakes, ourModels::onlineIntake);
        } finally {
            camunda.close();
        }

        // --- Một Cửa: over its REST API, then its services called in-process --------------------------------
        database.recreate("motcua_load");
        ConfigurableApplicationContext app = BenchApp.start(db, "motcua_load", String.valueOf(PORT), true);
        try {
            Ours overHttp = new Ours(clients);
            // First, while the lists hold only the lifecycles' own tasks: the intakes below leave hundreds of dossiers
            // waiting, and a whole list shows the oldest first, up to its limit.
            drive(clients, warmup, overHttp::lifecycleWholeLists);
            time(
                    results,
                    "ours over HTTP, whole task lists, lifecycle",
                    clients,
                    lifecycles,
                    overHttp::lifecycleWholeLists);
            run(results, "ours over HTTP", clients, warmup, lifecycles, intakes, overHttp::lifecycle, overHttp::intake);
            time(results, "ours over HTTP, intake ONLINE (start only)", clients, intakes, overHttp::onlineIntake);
            OursInProcess inProcess = new OursInProcess(app);
            run(
                    results,
                    "ours in-process",
                    clients,
                    warmup,
                    lifecycles,
                    intakes,
                    inProcess::lifecycle,
                    inProcess::intake);
        } finally {
            app.close();
        }
        return results;
    }

    static void printRatios(Map<String, Result> results) {
        System.out.println();
        System.out.println("Ratios (ours / bare), rates of the same run:");
        System.out.println(" against bare Camunda's own REST API (the starter's defaults, history full):");
        ratio(results, "intake, REST vs Camunda REST start     ", "ours over HTTP intake", "bare Camunda REST intake");
        ratio(
                results,
                "intake, REST vs Camunda REST start+task",
                "ours over HTTP intake",
                "bare Camunda REST, start + first task completed");
        ratio(
                results,
                "intake ONLINE, REST vs Camunda REST    ",
                "ours over HTTP, intake ONLINE (start only)",
                "bare Camunda REST intake");
        ratio(
                results,
                "lifecycle, REST vs Camunda REST        ",
                "ours over HTTP lifecycle",
                "bare Camunda REST lifecycle");
        ratio(
                results,
                "lifecycle, whole task lists, vs C. REST",
                "ours over HTTP, whole task lists, lifecycle",
                "bare Camunda REST lifecycle");
        System.out.println(
                " against bare Camunda's REST API running our own models (Dossier + HoKinhDoanh, delegates that only set"
                        + " the variables the models read): what Một Cửa adds to the engine's cost of the same process:");
        ratio(
                results,
                "intake, REST vs Camunda REST, our models     ",
                "ours over HTTP intake",
                "bare Camunda REST, our models intake");
        ratio(
                results,
                "intake ONLINE, REST vs Camunda REST, ours    ",
                "ours over HTTP, intake ONLINE (start only)",
                "bare Camunda REST, our models, intake ONLINE");
        ratio(
                results,
                "lifecycle, REST vs Camunda REST, our models  ",
                "ours over HTTP lifecycle",
                "bare Camunda REST, our models lifecycle");
        ratio(
                results,
                "intake, in-process vs bare, our models       ",
                "ours in-process intake",
                "bare in-process, our models intake");
        ratio(
                results,
                "lifecycle, in-process vs bare, our models    ",
                "ours in-process lifecycle",
                "bare in-process, our models lifecycle");
        System.out.println(" against the bare engine in-process and behind the JDK's HTTP server:");
        ratio(results, "intake, REST vs bare start in-process  ", "ours over HTTP intake", "bare in-process intake");
        ratio(
                results,
                "intake, in-process vs bare start+task  ",
                "ours in-process intake",
                "bare in-process, start + first task completed");
        ratio(
                results,
                "intake ONLINE, REST vs bare in-process ",
                "ours over HTTP, intake ONLINE (start only)",
                "bare in-process intake");
        ratio(results, "intake, REST vs bare over HTTP         ", "ours over HTTP intake", "bare over HTTP intake");
        ratio(results, "intake, in-process vs bare in-process  ", "ours in-process intake", "bare in-process intake");
        ratio(
                results,
                "lifecycle, REST vs bare in-process     ",
                "ours over HTTP lifecycle",
                "bare in-process lifecycle");
        ratio(
                results,
                "lifecycle, REST vs bare over HTTP      ",
                "ours over HTTP lifecycle",
                "bare over HTTP lifecycle");
        ratio(
                results,
                "lifecycle, in-process vs bare in-proc. ",
                "ours in-process lifecycle",
                "bare in-process lifecycle");
    }

    // --- Driving and measuring ---------------------------------------------------------------------------------

    /** One unit of work (an intake, or a whole lifecycle) of client {@code client}; reports each request's time. */
    @FunctionalInterface
    interface Work {
        void run(int client, LongConsumer request) throws Exception;
    }

    record Result(String name, int units, double seconds, long[] unitNanos, long[] requestNanos) {
        double rate() {
            return units / seconds;
        }
    }

    static void run(
            Map<String, Result> results,
            String name,
            int clients,
            int warmup,
            int lifecycles,
            int intakes,
            Work lifecycle,
            Work intake)
            throws Exception {
        drive(clients, warmup, lifecycle);
        time(results, name + " lifecycle", clients, lifecycles, lifecycle);
        time(results, name + " intake", clients, intakes, intake);
    }

    static void time(Map<String, Result> results, String name, int clients, int units, Work work) throws Exception {
        long[] serverBefore = server == null ? null : server.now();
        Result r = drive(clients, units, work);
        String perUnit = "";
        if (server != null) {
            long[] serverAfter = server.now();
            perUnit = String.format(
                    Locale.ROOT,
                    "  %5.1f statements, %4.2f row lock waits, %5.1f ms waited,"
                            + " CPU %5.1f ms server + %5.1f ms bench JVM each",
                    (serverAfter[0] - serverBefore[0]) / (double) units,
                    (serverAfter[1] - serverBefore[1]) / (double) units,
                    (serverAfter[2] - serverBefore[2]) / (double) units,
                    (serverAfter[3] - serverBefore[3]) / (double) units,
                    (serverAfter[4] - serverBefore[4]) / (double) units);
        }
        r = new Result(name, r.units, r.seconds, r.unitNanos, r.requestNanos);
        results.put(name, r);
        if (quiet) {
            return;
        }
        boolean lifecycle = name.endsWith("lifecycle");
        System.out.printf(
                Locale.ROOT,
                "%-52s %6d in %6.1f s  %7.1f/s%s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms"
                        + "  (requests p50 %5.1f  p95 %6.1f  p99 %6.1f ms)%s%n",
                name,
                units,
                r.seconds,
                r.rate(),
                lifecycle
                        ? String.format(Locale.ROOT, " = %6.1f tasks/s", r.rate() * USER_TASKS)
                        : "                  ",
                pct(r.unitNanos, 50),
                pct(r.unitNanos, 95),
                pct(r.unitNanos, 99),
                pct(r.requestNanos, 50),
                pct(r.requestNanos, 95),
                pct(r.requestNanos, 99),
                perUnit);
    }

    /**
     * Reads the server's counters on a connection of its own: statements its clients sent ({@code Questions}), row
     * lock waits and the milliseconds they waited ({@code Innodb_row_lock_waits}, {@code Innodb_row_lock_time}); and
     * the CPU milliseconds the server's process ({@code /proc/<mariadbd>/stat}) and this JVM (servers and clients
     * alike) have used: on two cores the two share, what a unit costs in CPU is what bounds the rate. The statements
     * include the engines' job acquisition and this reading's own connection set-up (a few), which the printed figure
     * does not subtract: at 100 units and more they are a fraction of a statement each.
     */
    static final class ServerCounters {
        private final Path serverStat;

        ServerCounters() throws Exception {
            Process pidof = new ProcessBuilder("pidof", "mariadbd").start();
            String pid = new String(pidof.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .trim()
                    .split(" ")[0];
            serverStat = Path.of("/proc", pid, "stat");
        }

        long[] now() throws Exception {
            long[] counters = new long[5];
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                            + " ('Questions', 'Innodb_row_lock_waits', 'Innodb_row_lock_time')")) {
                while (rs.next()) {
                    int i = switch (rs.getString(1)) {
                        case "Questions" -> 0;
                        case "Innodb_row_lock_waits" -> 1;
                        default -> 2;
                    };
                    counters[i] = rs.getLong(2);
                }
            }
            // utime and stime, fields 14 and 15, in clock ticks of 10 ms (USER_HZ 100 on Linux).
            String[] stat = Files.readString(serverStat).split("\\) ", 2)[1].split(" ");
            counters[3] = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10;
            counters[4] = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                    / 1_000_000;
            return counters;
        }
    }

    static Result drive(int clients, int units, Work work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] unitNanos = new long[units];
        List<long[]> perClient = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                int i;
                while ((i = next.getAndIncrement()) < units) {
                    long start = System.nanoTime();
                    try {
                        work.run(client, mine::add);
                    } catch (Exception e) {
                        // Counted and shown once: a failed unit is not timed, the run goes on.
                        if (errors.getAndIncrement() == 0) {
                            System.out.println("  first failure: " + e);
                        }
                    }
                    unitNanos[i] = System.nanoTime() - start;
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        for (Future<long[]> f : futures) {
            perClient.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] requests = perClient.stream().flatMapToLong(Arrays::stream).toArray();
        if (errors.get() > 0) {
            System.out.printf("  %d of %d failed%n", errors.get(), units);
        }
        return new Result("", units - errors.get(), seconds, unitNanos, requests);
    }

    static double pct(long[] nanos, int p) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static void ratio(Map<String, Result> results, String label, String ours, String bare) {
        Result a = results.get(ours);
        Result b = results.get(bare);
        System.out.printf(
                Locale.ROOT, "  %s %7.1f / %7.1f per s = %.2fx%n", label, a.rate(), b.rate(), a.rate() / b.rate());
    }

    /** Times one request and reports it. */
    static <T> T timed(LongConsumer request, Call<T> call) throws Exception {
        long start = System.nanoTime();
        T result = call.call();
        request.accept(System.nanoTime() - start);
        return result;
    }

    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    // --- Databases ---------------------------------------------------------------------------------------------

    record Database(String kind) {
        static Database of(String kind) {
            if (!kind.equals("h2") && !kind.equals("mariadb")) {
                throw new IllegalArgumentException("h2 or mariadb, not " + kind);
            }
            return new Database(kind);
        }

        void recreate(String name) throws Exception {
            BenchApp.recreate(kind, name);
        }

        /**
         * The pool our application has (Hikari, 20 connections, READ COMMITTED on MariaDB as the engine needs).
         * bench.bare-url-extra: connection options for the bare engines alone, for an A/B (such as our H2 option).
         */
        HikariDataSource pool(String name) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(BenchApp.url(kind, name) + System.getProperty("bench.bare-url-extra", ""));
            config.setUsername(BenchApp.user(kind));
            config.setPassword("");
            config.setMaximumPoolSize(20);
            if (kind.equals("mariadb")) {
                config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            }
            return new HikariDataSource(config);
        }
    }

    // --- Bare Camunda --------------------------------------------------------------------------------------------

    /**
     * The engine as the manual's standalone configuration makes it: history full, no job executor running (our
     * lifecycle has no jobs either before its due date), schema created on start. The one departure from the
     * defaults is the connection pool, the same as ours, so that the pool is not what is compared.
     */
    static ProcessEngine bareEngine(HikariDataSource data) {
        return bareEngine(data, ProcessEngineConfiguration.HISTORY_FULL);
    }

    static ProcessEngine bareEngine(HikariDataSource data, String history) {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare");
        config.setDataSource(data);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(history);
        config.setJobExecutorActivate(false);
        config.setBeans(new HashMap<>(OurModels.delegates()));
        ProcessEngine engine = config.buildProcessEngine();
        try {
            OurModels.addTo(engine.getRepositoryService()
                            .createDeployment()
                            .addModelInstance("BareDossier.bpmn", bareModel()))
                    .deploy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine;
    }

    /** Start, our lifecycle's four user tasks with the same candidate groups, end. */
    static BpmnModelInstance bareModel() {
        return Bpmn.createExecutableProcess("BareDossier")
                .camundaHistoryTimeToLive(1825)
                .startEvent()
                .userTask("Task_CheckCompleteness")
                .camundaCandidateGroups("DESK")
                .userTask("Task_ExamineDossier")
                .camundaCandidateGroups("TC-KH")
                .userTask("Task_SignResult")
                .camundaCandidateGroups("TC-KH:APPROVER")
                .userTask("Task_ReturnResult")
                .camundaCandidateGroups("DESK")
                .endEvent()
                .done();
    }

    /** Starts and completes the bare model with the engine's Java API; the same two small variables as ours. */
    static final class Bare {
        private final RuntimeService runtime;
        private final TaskService tasks;
        private final AtomicInteger keys = new AtomicInteger();

        Bare(ProcessEngine engine) {
            this.runtime = engine.getRuntimeService();
            this.tasks = engine.getTaskService();
        }

        String startInstance() {
            int key = keys.incrementAndGet();
            return runtime.startProcessInstanceByKey(
                            "BareDossier",
                            "BARE-" + key,
                            Variables.createVariables()
                                    .putValue("dossierId", (long) key)
                                    .putValue("handlingProcessKey", "HoKinhDoanh"))
                    .getId();
        }

        void completeNext(String instance) {
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            tasks.complete(task.getId(), Variables.createVariables().putValue("outcome", "DONE"));
        }

        void start(int client, LongConsumer request) throws Exception {
            timed(request, this::startInstance);
        }

        /** What our intake accepted at the desk does in the engine: a start, and the first task completed. */
        void startAndCompleteFirst(int client, LongConsumer request) throws Exception {
            String instance = timed(request, this::startInstance);
            timed(request, () -> {
                completeNext(instance);
                return null;
            });
        }

        void lifecycle(int client, LongConsumer request) throws Exception {
            String instance = timed(request, this::startInstance);
            for (int t = 0; t < USER_TASKS; t++) {
                timed(request, () -> {
                    completeNext(instance);
                    return null;
                });
            }
        }
    }

    /**
     * The bare engine behind the thinnest HTTP layer the JDK has: no authentication, no JSON, plain text ids.
     * What it leaves out (Tomcat, Spring MVC, Spring Security, Jackson) is the cost of our REST API.
     */
    static final class BareHttp {
        static HttpServer start(ProcessEngine engine) throws IOException {
            Bare bare = new Bare(engine);
            TaskService tasks = engine.getTaskService();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", BARE_PORT), 200);
            server.setExecutor(Executors.newFixedThreadPool(20));
            server.createContext("/start", exchange -> answer(exchange, 201, bare.startInstance()));
            server.createContext("/tasks", exchange -> {
                // GET /tasks?processInstanceId=… → the task's id; POST /tasks/{id}/complete → 204
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/complete")) {
                    String id = path.substring("/tasks/".length(), path.length() - "/complete".length());
                    tasks.complete(id, Variables.createVariables().putValue("outcome", "DONE"));
                    answer(exchange, 204, null);
                } else {
                    String instance = exchange.getRequestURI().getQuery().substring("processInstanceId=".length());
                    answer(
                            exchange,
                            200,
                            tasks.createTaskQuery()
                                    .processInstanceId(instance)
                                    .singleResult()
                                    .getId());
                }
            });
            server.start();
            return server;
        }

        static void answer(HttpExchange exchange, int status, String body) throws IOException {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body == null ? -1 : bytes.length);
            if (body != null) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        }
    }

    static final class BareHttpClient {
        private final HttpClient[] clients;

        BareHttpClient(int n) {
            clients = new HttpClient[n];
            for (int i = 0; i < n; i++) {
                clients[i] = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
            }
        }

        private String send(int client, HttpRequest request, int expected) throws Exception {
            HttpResponse<String> response = clients[client].send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        private String startInstance(int client) throws Exception {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BARE_PORT + "/start"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    201);
        }

        void start(int client, LongConsumer request) throws Exception {
            timed(request, () -> startInstance(client));
        }

        void lifecycle(int client, LongConsumer request) throws Exception {
            String instance = timed(request, () -> startInstance(client));
            for (int t = 0; t < USER_TASKS; t++) {
                String task = timed(
                        request,
                        () -> send(
                                client,
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BARE_PORT
                                                + "/tasks?processInstanceId=" + instance))
                                        .GET()
                                        .build(),
                                200));
                timed(
                        request,
                        () -> send(
                                client,
                                HttpRequest.newBuilder(URI.create(
                                                "http://127.0.0.1:" + BARE_PORT + "/tasks/" + task + "/complete"))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                204));
            }
        }
    }

    // --- Một Cửa ----------------------------------------------------------------------------------------------

    /**
     * The REST API as a desk and a department use it. A lifecycle has the bare model's four user tasks: the dossier
     * comes in ONLINE, the clerk, the handler and the approver each open their task list, find the dossier's task
     * (the completeness check, the examination, the signature) and complete it, and the clerk hands the result
     * back. An intake is the desk's: DIRECT, checked and accepted at the counter in the same request. Each client keeps one HTTP client per user, with its cookies, as a browser
     * or a portal keeps its session.
     */
    static final class Ours {
        private static final String BASE = "http://127.0.0.1:" + PORT;
        private final Map<String, HttpClient>[] clients;
        private final String intakeBody;
        private final String onlineBody;

        @SuppressWarnings("unchecked")
        Ours(int n) throws Exception {
            clients = new Map[n];
            for (int i = 0; i < n; i++) {
                clients[i] = new HashMap<>();
                for (String user : List.of("clerk", "handler.tckh", "approver")) {
                    clients[i].put(
                            user,
                            HttpClient.newBuilder()
                                    .version(HttpClient.Version.HTTP_1_1)
                                    .cookieHandler(new CookieManager())
                                    .build());
                }
            }
            Map<String, Object> body = new HashMap<>();
            body.put("procedureCode", "HO-KINH-DOANH");
            body.put("channel", "DIRECT");
            body.put("paymentMethod", "CASHLESS");
            body.put(
                    "applicant",
                    Map.of(
                            "fullName",
                            "Nguyễn Văn An",
                            "idNumber",
                            "001085012345",
                            "phone",
                            "0912345678",
                            "address",
                            "Xã Demo"));
            body.put("documents", List.of(Map.of("name", "Giấy đề nghị đăng ký hộ kinh doanh", "digitized", true)));
            onlineBody = JSON.writeValueAsString(Map.of(
                    "procedureCode",
                    "HO-KINH-DOANH",
                    "channel",
                    "ONLINE",
                    "applicant",
                    body.get("applicant"),
                    "documents",
                    body.get("documents")));
            body.put("decision", "ACCEPT");
            intakeBody = JSON.writeValueAsString(body);
        }

        private JsonNode send(int client, String user, String method, String path, String body, int expected)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response =
                    clients[client].get(user).send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " as " + user + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        }

        private String intake(int client, String body) throws Exception {
            return send(client, "clerk", "POST", "/api/dossiers", body, 201)
                    .get("code")
                    .asText();
        }

        void intake(int client, LongConsumer request) throws Exception {
            timed(request, () -> intake(client, intakeBody));
        }

        void onlineIntake(int client, LongConsumer request) throws Exception {
            timed(request, () -> intake(client, onlineBody));
        }

        /** Each task found in the list of its dossier's tasks, as the bare clients ask for the process instance's. */
        void lifecycle(int client, LongConsumer request) throws Exception {
            lifecycle(client, request, true);
        }

        /** Each task found in the user's whole task list (no dossier filter): it grows with the work in progress. */
        void lifecycleWholeLists(int client, LongConsumer request) throws Exception {
            lifecycle(client, request, false);
        }

        private void lifecycle(int client, LongConsumer request, boolean byDossier) throws Exception {
            String code = timed(request, () -> intake(client, onlineBody));
            work(client, request, "clerk", code, byDossier, "{\"outcome\":\"ACCEPT\"}");
            work(client, request, "handler.tckh", code, byDossier, "{\"outcome\":\"PROPOSE_RESULT\"}");
            work(client, request, "approver", code, byDossier, "{\"outcome\":\"SIGN\"}");
            work(
                    client,
                    request,
                    "clerk",
                    code,
                    byDossier,
                    "{\"outcome\":\"RETURNED\",\"receivedBy\":\"Nguyễn Văn An\",\"satisfaction\":5}");
        }

        private void work(
                int client, LongConsumer request, String user, String code, boolean byDossier, String completion)
                throws Exception {
            String list = byDossier ? "/api/tasks?dossierCode=" + code : "/api/tasks";
            JsonNode tasks = timed(request, () -> send(client, user, "GET", list, null, 200));
            String id = null;
            for (JsonNode task : tasks) {
                if (code.equals(task.path("dossierCode").asText())) {
                    id = task.get("id").asText();
                }
            }
            if (id == null) {
                throw new IllegalStateException(user + " sees no task of " + code);
            }
            String taskId = id;
            timed(request, () -> send(client, user, "POST", "/api/tasks/" + taskId + "/complete", completion, 204));
        }
    }

    /**
     * Our services called as the controllers call them, without HTTP, JSON and Spring Security: what is left is
     * our own work on top of the engine's (dossier row, code counter, timeline, rollup, hand-overs).
     */
    static final class OursInProcess {
        private final DossierService dossiers;
        private final TaskWork work;
        private final TaskService tasks;
        private final Staff clerk;
        private final Staff handler;
        private final Staff approver;
        private final IntakeRequest intake = new IntakeRequest(
                "HO-KINH-DOANH",
                Channel.DIRECT,
                new IntakeRequest.Applicant("Nguyễn Văn An", "001085012345", "0912345678", null, "Xã Demo"),
                List.of(new IntakeRequest.DocumentInput("Giấy đề nghị đăng ký hộ kinh doanh", true)),
                PaymentMethod.CASHLESS,
                IntakeRequest.Decision.ACCEPT,
                null,
                null,
                null);
        private final IntakeRequest online = new IntakeRequest(
                "HO-KINH-DOANH",
                Channel.ONLINE,
                intake.applicant(),
                intake.documents(),
                PaymentMethod.CASHLESS,
                null,
                null,
                null,
                null);

        OursInProcess(ConfigurableApplicationContext app) {
            dossiers = app.getBean(DossierService.class);
            work = app.getBean(TaskWork.class);
            tasks = app.getBean(ProcessEngine.class).getTaskService();
            UserDetailsService staff = app.getBean(UserDetailsService.class);
            clerk = (Staff) staff.loadUserByUsername("clerk");
            handler = (Staff) staff.loadUserByUsername("handler.tckh");
            approver = (Staff) staff.loadUserByUsername("approver");
        }

        private String intake(IntakeRequest request) {
            BenchApp.signIn(clerk);
            return dossiers.intake(request, clerk).code();
        }

        void intake(int client, LongConsumer request) throws Exception {
            timed(request, () -> intake(intake));
        }

        void lifecycle(int client, LongConsumer request) throws Exception {
            String code = timed(request, () -> intake(online));
            complete(request, clerk, code, new TaskCompletion("ACCEPT", null, null, null, null, null, null));
            complete(request, handler, code, new TaskCompletion("PROPOSE_RESULT", null, null, null, null, null, null));
            complete(request, approver, code, new TaskCompletion("SIGN", null, null, null, null, null, null));
            complete(request, clerk, code, new TaskCompletion("RETURNED", null, null, null, "Nguyễn Văn An", 5, null));
        }

        private void complete(LongConsumer request, Staff as, String code, TaskCompletion completion) throws Exception {
            timed(request, () -> {
                BenchApp.signIn(as);
                String id = tasks.createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .singleResult()
                        .getId();
                work.complete(id, completion, as);
                return null;
            });
        }
    }
}
