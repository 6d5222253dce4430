package vn.motcua.administration;

import java.time.OffsetDateTime;

/**
 * A name a unit or department had until {@code validUntil}, when it was renamed ({@code RENAMED}) or merged into
 * {@code successor} ({@code MERGED}).
 */
public record HistoryEntry(
        String name, String agencyCode, OffsetDateTime validUntil, String change, String successor, String actor) {}
