package vn.motcua.handling;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of {@code GET /api/tasks} (docs/api.md). */
public record TaskView(
        String id,
        String key,
        String name,
        String dossierCode,
        String procedureCode,
        String department,
        String assignee,
        OffsetDateTime createdAt,
        OffsetDateTime dossierDueAt,
        boolean dossierOverdue,
        List<String> outcomes) {}
