package vn.motcua.indicator;

import java.time.Instant;

/** One dossier behind a figure, as the mapper reads it. */
record DrillDownRow(
        long id,
        String code,
        String procedureCode,
        String unitCode,
        String channel,
        String status,
        Instant receivedAt,
        Instant dueAt,
        Instant resultReadyAt,
        Instant returnedAt,
        Instant closedAt,
        String timeliness,
        Integer satisfaction) {}
