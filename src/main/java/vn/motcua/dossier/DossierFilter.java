package vn.motcua.dossier;

import java.time.Instant;
import java.util.Set;

/**
 * The filters of {@code GET /api/dossiers}. {@code unitCode} is any of the dossier's places (helped, received,
 * resolving); {@code departments}, when set, limits the result to the dossiers whose agency chain passes one of these
 * departments (a handler's scope).
 */
public record DossierFilter(
        DossierStatus status,
        Boolean overdue,
        Instant dueBefore,
        String department,
        String procedureCode,
        String unitCode,
        Set<String> departments) {}
