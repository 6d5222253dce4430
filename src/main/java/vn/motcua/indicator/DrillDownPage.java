package vn.motcua.indicator;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/indicators/dossiers}: one page of the dossiers behind a figure; {@code total} is the figure. */
public record DrillDownPage(String metric, int page, int size, long total, List<Item> items) {

    /** A dossier behind the figure, with the link to its timeline. */
    public record Item(
            String code,
            String procedureCode,
            String unitCode,
            String channel,
            String status,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime resultReadyAt,
            OffsetDateTime returnedAt,
            OffsetDateTime closedAt,
            String timeliness,
            Integer satisfaction,
            String timelineUrl) {}
}
