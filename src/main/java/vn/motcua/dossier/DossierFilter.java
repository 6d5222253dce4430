package vn.motcua.dossier;

import java.time.Instant;
import java.util.Set;

/**
 * The filters of {@code GET /api/dossiers}. {@code departments}, when set, limits the result to the dossiers of
 * procedures that pass one of these departments (a handler's scope).
 */
public record DossierFilter(
        DossierStatus status,
        Boolean overdue,
        Instant dueBefore,
        String department,
        String procedureCode,
        String unitCode,
        Set<String> departments) {}
