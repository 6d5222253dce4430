package vn.motcua.nodes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (its own data directory and port), so that the test can stop the database
 * under a running node without taking the machine's shared server away from anyone else.
 */
final class PrivateMariaDb implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final Path log;
    private Process server;

    PrivateMariaDb(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log").toAbsolutePath();
    }

    /** A fresh data directory and a running server. */
    PrivateMariaDb install() throws IOException, InterruptedException {
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Process install = new ProcessBuilder(
                        "mariadb-install-db",
                        "--no-defaults",
                        "--datadir=" + dataDir,
                        "--user=" + System.getProperty("user.name"),
                        "--auth-root-authentication-method=normal",
                        "--skip-test-db")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!install.waitFor(3, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed; see " + log);
        }
        return start();
    }

    PrivateMariaDb start() throws IOException, InterruptedException {
        server = new ProcessBuilder(List.of(
                        "/usr/sbin/mariadbd",
                        "--no-defaults",
                        "--datadir=" + dataDir,
                        "--port=" + port,
                        "--bind-address=127.0.0.1",
                        "--socket=" + dataDir.resolve("mariadb.sock"),
                        "--pid-file=" + dataDir.resolve("mariadb.pid"),
                        "--user=" + System.getProperty("user.name"),
                        "--skip-grant-tables",
                        "--skip-name-resolve",
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_bin",
                        "--innodb-buffer-pool-size=128M",
                        "--innodb-flush-log-at-trx-commit=1"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitListening(Duration.ofMinutes(2));
        return this;
    }

    /** A clean shutdown (SIGTERM), as an operator or a failover would do it; returns once the port is closed. */
    void stop() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("MariaDB did not stop; see " + log);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true"
                + "&nullDatabaseMeansCurrent=true&sendFractionalSeconds=false&connectionTimeZone=UTC"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin";
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            stop();
        }
    }

    private void awaitListening(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("MariaDB exited with " + server.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                server.waitFor(300, TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalStateException("MariaDB not listening on " + port + " within " + limit + "; see " + log);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
