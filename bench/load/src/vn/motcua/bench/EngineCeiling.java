package vn.motcua.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * How fast the bare engine alone, at a given history level, runs the year's work on this machine: 4-task
 * lifecycles of the bare model (a start and four completions each, no timers, no call activity, none of our
 * tables), in-process, by N clients. It bounds the year replay from below: whatever the replay adds, it cannot
 * run a year faster than the engine runs its lifecycles. Not part of the build: bench/load/README.md.
 *
 * <p>Arguments: {@code h2|mariadb [clients, 8] [lifecycles, 5000] [history level: full|audit|activity|none]}.
 */
public final class EngineCeiling {

    public static void main(String[] args) {
        BenchApp.main(EngineCeiling::measure, args);
    }

    static void measure(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int lifecycles = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        String history = args.length > 3 ? args[3] : "full";
        LoadBench.Database database = LoadBench.Database.of(db);
        database.recreate("camunda_ceiling");
        HikariDataSource data = database.pool("camunda_ceiling");
        ProcessEngine engine = LoadBench.bareEngine(data, history);
        try {
            LoadBench.Bare bare = new LoadBench.Bare(engine);
            LoadBench.drive(clients, Math.max(200, lifecycles / 10), bare::lifecycle);
            Map<String, LoadBench.Result> results = new HashMap<>();
            System.out.println("history " + history + ":");
            LoadBench.time(results, "bare in-process lifecycle", clients, lifecycles, bare::lifecycle);
            double rate = results.values().iterator().next().rate();
            System.out.printf(
                    Locale.ROOT,
                    "Engine ceiling on %s, history %s, %d clients: %.1f lifecycles/s; "
                            + "100,000 lifecycles would take the bare engine %.1f min%n",
                    db,
                    history,
                    clients,
                    rate,
                    100_000 / rate / 60);
        } finally {
            engine.close();
            data.close();
        }
    }

    private EngineCeiling() {}
}
