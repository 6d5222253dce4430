package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.motcua.common.InvalidFieldException;

/**
 * The filters of {@code GET /api/dossiers} and of the dossier list page. {@code q} is one search box: a dossier code
 * (any case, spaces ignored), an ID number or phone, or the applicant's name with or without diacritics. Dates are
 * office-zone days, both ends inclusive. {@code unitCode} is any of the dossier's places (helped, received,
 * resolving); {@code departments}, when set, limits the result to the dossiers whose agency chain passes one of these
 * departments (a handler's scope). What the caller may see is added by {@link DossierQueries#search}.
 */
public record DossierFilter(
        String q,
        DossierStatus status,
        Boolean overdue,
        Instant dueBefore,
        String department,
        String procedureCode,
        Channel channel,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        LocalDate dueFrom,
        LocalDate dueTo,
        String unitCode,
        Set<String> departments) {

    /** The filters before search: no text, channel nor date ranges. */
    public DossierFilter(
            DossierStatus status,
            Boolean overdue,
            Instant dueBefore,
            String department,
            String procedureCode,
            String unitCode,
            Set<String> departments) {
        this(
                null,
                status,
                overdue,
                dueBefore,
                department,
                procedureCode,
                null,
                null,
                null,
                null,
                null,
                unitCode,
                departments);
    }

    /** Refuses a range whose end is before its start, naming the end (400). */
    public static void checkRanges(DossierFilter filter) {
        if (filter.receivedFrom() != null
                && filter.receivedTo() != null
                && filter.receivedTo().isBefore(filter.receivedFrom())) {
            throw new InvalidFieldException("receivedTo", "must not be before receivedFrom");
        }
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueTo().isBefore(filter.dueFrom())) {
            throw new InvalidFieldException("dueTo", "must not be before dueFrom");
        }
    }

    /** Every dossier the caller may see. */
    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, null, null);
    }
}
