package vn.motcua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.MotCuaApplication;
import vn.motcua.security.Staff;

/** What the load bench and the year replay share: the application on a database of their own, and its staff. */
final class BenchApp {

    static final String MARIADB_OPTIONS = "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true"
            + "&sendFractionalSeconds=false&connectionTimeZone=UTC&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin";

    private BenchApp() {}

    @FunctionalInterface
    interface Bench {
        void run(String[] args) throws Exception;
    }

    /** Runs a bench and ends the JVM, whose application threads would otherwise keep it alive after a failure. */
    static void main(Bench bench, String[] args) {
        try {
            bench.run(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** The JDBC URL of a bench database; H2 with the lock timeout config/application.yml gives the app. */
    static String url(String kind, String name) {
        return kind.equals("mariadb")
                ? "jdbc:mysql://127.0.0.1:3306/" + name + MARIADB_OPTIONS
                : "jdbc:h2:file:./bench/load/data/" + name + ";LOCK_TIMEOUT=10000";
    }

    static String user(String kind) {
        return kind.equals("mariadb") ? "root" : "sa";
    }

    /** A fresh, empty database: every run starts from the same state. */
    static void recreate(String kind, String name) throws Exception {
        if (!kind.equals("mariadb")) {
            new java.io.File("bench/load/data/" + name + ".mv.db").delete();
            new java.io.File("bench/load/data/" + name + ".trace.db").delete();
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + name);
            s.executeUpdate("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    /**
     * Starts the application (demo office and users, no demo dossiers) on the named database. System properties,
     * because they win over config/application*.yml.
     */
    static ConfigurableApplicationContext start(String kind, String name, String port, boolean jobExecutor) {
        // bench.app-url-extra: connection options for the application alone (not the bare engine), for an A/B.
        // The application's own H2 option, as in config/application.yml; the bare engines keep H2's defaults.
        String appOptions = kind.equals("h2") ? ";QUERY_CACHE_SIZE=256" : "";
        System.setProperty(
                "spring.datasource.url", url(kind, name) + appOptions + System.getProperty("bench.app-url-extra", ""));
        System.setProperty("spring.datasource.username", user(kind));
        System.setProperty("spring.datasource.password", "");
        System.setProperty("server.port", port);
        System.setProperty("motcua.demo-data", "false");
        System.setProperty("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("spring.main.banner-mode", "off");
        String[] profiles = kind.equals("mariadb") ? new String[] {"demo", "mysql"} : new String[] {"demo"};
        return new SpringApplicationBuilder(MotCuaApplication.class)
                .profiles(profiles)
                .run();
    }

    /** Acts as a member of staff in this thread: the timeline names who did each step. */
    static void signIn(Staff as) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(as, null, as.getAuthorities()));
    }
}
