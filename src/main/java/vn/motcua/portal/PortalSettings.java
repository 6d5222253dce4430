package vn.motcua.portal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code motcua.portal.*} (README, "Portal"). With no {@code sync-url} nothing is queued: an office not connected to a
 * portal keeps no backlog, and status changes from before the URL was set are not sent later (docs/portal.md).
 */
@Component
class PortalSettings {

    private volatile String syncUrl;
    private final boolean scheduled;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;
    private final Duration timeout;
    private final String node;

    PortalSettings(
            @Value("${motcua.portal.sync-url:}") String syncUrl,
            @Value("${motcua.portal.first-retry:PT5S}") Duration firstRetry,
            @Value("${motcua.portal.max-retry:PT10M}") Duration maxRetry,
            @Value("${motcua.portal.lease:PT1M}") Duration lease,
            @Value("${motcua.portal.timeout:PT10S}") Duration timeout,
            @Value("${motcua.portal.node:}") String node) {
        this.syncUrl = syncUrl.isBlank() ? null : syncUrl.strip();
        this.scheduled = this.syncUrl != null;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.lease = lease;
        this.timeout = timeout;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    }

    /** Where status changes go; {@code null}: not connected, nothing is queued. */
    String syncUrl() {
        return syncUrl;
    }

    /** Tests point the outbox at their stub portal after the context has started. */
    void syncUrl(String url) {
        this.syncUrl = url == null || url.isBlank() ? null : url;
    }

    /** Whether this node's worker runs on its own: only when a URL was configured at start-up. */
    boolean scheduled() {
        return scheduled;
    }

    /**
     * The wait before the next try after {@code attempts} failed ones: {@code first-retry} doubled each time, at most
     * {@code max-retry}.
     */
    Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** How long a row taken by a worker stays its own; longer than {@link #timeout()}. */
    Duration lease() {
        return lease;
    }

    Duration timeout() {
        return timeout;
    }

    /** This node's name on the rows it takes. */
    String node() {
        return node;
    }
}
