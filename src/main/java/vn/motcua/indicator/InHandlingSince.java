package vn.motcua.indicator;

/**
 * Of a group's dossiers in handling now whose state at a running period's {@code asOf} may differ from their state now
 * (received, or suspended or resumed, at or after {@code asOf}): received at or after it, SUSPENDED now, and received
 * before it and waiting for a supplement at it.
 */
record InHandlingSince(String groupKey, long receivedAfter, long suspendedNow, long suspendedAt) {

    static InHandlingSince none(String groupKey) {
        return new InHandlingSince(groupKey, 0, 0, 0);
    }
}
