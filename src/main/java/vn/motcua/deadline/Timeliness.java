package vn.motcua.deadline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Timeliness of a resolved dossier against its original appointment (docs/domain.md, "Timeliness"): an apology and a
 * new date never make a late dossier on time.
 */
public enum Timeliness {
    /** Trước hạn: ready on a day before the due date. */
    EARLY,
    /** Đúng hạn: ready on the due date, at or before the due instant. */
    ON_TIME,
    /** Trễ hạn: ready after the due instant. */
    LATE;

    public static Timeliness of(Instant resolvedAt, Instant originalDueAt, ZoneId zone) {
        if (resolvedAt.isAfter(originalDueAt)) {
            return LATE;
        }
        return resolvedAt
                        .atZone(zone)
                        .toLocalDate()
                        .isBefore(originalDueAt.atZone(zone).toLocalDate())
                ? EARLY
                : ON_TIME;
    }
}
