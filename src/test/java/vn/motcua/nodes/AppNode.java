package vn.motcua.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of Một Cửa: the packaged application ({@code java -jar}) as its own operating-system process, on a port
 * and a database of the test's choosing, with the job executor on, as in production. A test can kill it the hard
 * way (SIGKILL: no shutdown hook, no flush, no goodbye) and start it again on the same database.
 */
final class AppNode implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final String databaseUrl;
    private final Path log;
    private final List<String> extraArgs;
    private Process process;
    private int starts;

    AppNode(String name, int port, String databaseUrl) {
        this(name, port, databaseUrl, List.of());
    }

    /** With more {@code --property=value} arguments of the test's (a portal's address). */
    AppNode(String name, int port, String databaseUrl, List<String> extraArgs) {
        this.extraArgs = List.copyOf(extraArgs);
        this.name = name;
        this.port = port;
        this.databaseUrl = databaseUrl;
        this.log = Path.of("target", "nodes", name + ".log");
    }

    /**
     * Starts the node and returns once it is ready: migrations done, processes deployed, and the start-up work done (a
     * rollup rebuild racing the first intakes would miss their counts).
     */
    AppNode start() throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8",
                "-jar",
                jar().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=demo,mysql",
                "--spring.datasource.url=" + databaseUrl,
                "--motcua.demo-data=false",
                "--camunda.bpm.job-execution.enabled=true",
                // the engine's name for itself in the job log: which node ran which job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--spring.main.banner-mode=off"));
        command.addAll(extraArgs);
        starts++;
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        starts == 1
                                ? ProcessBuilder.Redirect.to(log.toFile())
                                : ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHealthy();
        return this;
    }

    /** SIGKILL: the JVM gets no chance to finish anything it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die");
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(name + " not healthy within " + STARTUP_LIMIT + "; see " + log);
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("motcua.jar", "target/motcua.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": run through `mvn verify -Pnodes`");
        }
        return jar;
    }
}
