package vn.motcua.nodes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Clerks receiving dossiers without pause, spread over the given nodes, until stopped. Every attempt is kept with
 * what the clerk saw: the 201 and its code, another status, or no answer at all (the node died mid-request).
 */
final class IntakeLoad implements AutoCloseable {

    /** One press of "receive" on a node. {@code status} is -1 when no answer came back. */
    record Attempt(String node, String phone, int status, String code, String answer) {
        boolean acknowledged() {
            return status == 201;
        }
    }

    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final ExecutorService clerks;
    private volatile boolean stopped;

    /**
     * @param phonePrefix two digits that keep this test's applicants apart from any other's in the same database
     * @param clientOfClerk which node the n-th clerk talks to
     */
    IntakeLoad(int clerkCount, String phonePrefix, IntFunction<NodeClient> clientOfClerk) {
        clerks = Executors.newFixedThreadPool(clerkCount);
        for (int clerk = 0; clerk < clerkCount; clerk++) {
            NodeClient client = clientOfClerk.apply(clerk);
            clerks.submit(() -> receiveUntilStopped(client, phonePrefix));
        }
    }

    private void receiveUntilStopped(NodeClient client, String phonePrefix) {
        while (!stopped) {
            String phone = "0" + phonePrefix + String.format("%07d", sequence.incrementAndGet());
            try {
                NodeClient.Answer answer = client.intake(phone);
                attempts.add(new Attempt(
                        client.node(),
                        phone,
                        answer.status(),
                        answer.body().path("code").asText(null),
                        answer.body().toString()));
            } catch (IOException noAnswer) {
                attempts.add(new Attempt(client.node(), phone, -1, null, String.valueOf(noAnswer)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long acknowledgedCount() {
        return attempts.stream().filter(Attempt::acknowledged).count();
    }

    List<Attempt> attempts() {
        return new ArrayList<>(attempts);
    }

    /** Stops the clerks after their request in flight and returns every attempt. */
    List<Attempt> stop() throws InterruptedException {
        stopped = true;
        clerks.shutdown();
        if (!clerks.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("clerks still waiting for an answer");
        }
        return attempts();
    }

    @Override
    public void close() throws InterruptedException {
        if (!stopped) {
            stop();
        }
    }
}
