package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A {@link DossierFilter} as the SQL reads it: the search text split into what it can be (a code prefix, digits of an
 * ID number or phone, a folded name prefix), day ranges turned into instants, and the caller's scope ({@code units}
 * and {@code departments}; {@code null} where it has no limit).
 */
record DossierCriteria(
        String codePrefix,
        String digits,
        String namePrefix,
        DossierStatus status,
        Boolean overdue,
        Instant dueBefore,
        String department,
        String procedureCode,
        Channel channel,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        Instant dueFrom,
        Instant dueUntil,
        Set<String> units,
        Set<String> departments) {}
