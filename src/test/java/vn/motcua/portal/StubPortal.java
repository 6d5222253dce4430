package vn.motcua.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A portal for tests: a real HTTP server (the JDK's) that records every status change POSTed to it, in arrival order.
 * While {@link #down} it answers 503 to everything; every {@code flakyEvery}-th change it takes but answers 500, as a
 * portal that stored a change and lost its answer, so the change comes again.
 */
public final class StubPortal implements AutoCloseable {

    /** One POST as the portal saw it, and whether it acknowledged it. */
    public record Arrival(String dossierCode, int seq, int status, JsonNode body, boolean acknowledged) {}

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger taken = new AtomicInteger();
    private final int flakyEvery;
    private volatile long delayMillis;

    public StubPortal(int flakyEvery) throws IOException {
        this.flakyEvery = flakyEvery;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/sync", exchange -> {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            int status;
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (down.get()) {
                status = 503;
            } else {
                JsonNode body = json.readTree(request);
                boolean flaky = flakyEvery > 0 && taken.incrementAndGet() % flakyEvery == 0;
                status = flaky ? 500 : 200;
                synchronized (arrivals) {
                    arrivals.add(new Arrival(
                            body.path("MaHoSo").asText(),
                            body.path("seq").asInt(),
                            body.path("TrangThaiHoSo").asInt(),
                            body,
                            !flaky));
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Where the outbox should POST. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/sync";
    }

    /** A slow portal: each answer comes this much later (the caller may die meanwhile). */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    public List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    /** What arrived for one dossier, in arrival order. */
    public List<Arrival> of(String dossierCode) {
        return arrivals().stream()
                .filter(a -> a.dossierCode().equals(dossierCode))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
