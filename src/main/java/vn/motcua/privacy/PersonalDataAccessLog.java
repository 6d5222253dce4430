package vn.motcua.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.Text;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.security.Staff;

/**
 * The explicit opening of a dossier's full personal data by staff who see it masked, and its append-only log. The
 * controller answers for what it processes and must be able to show it (Law 91/2025/QH15, Art. 3): each opening is
 * written, with its reason, in the same transaction that reads the data, so no opening goes unlogged.
 */
@Service
public class PersonalDataAccessLog {

    /** A reason shorter than this says nothing of the purpose. */
    static final int MIN_REASON = 5;

    static final int MAX_REASON = 500;

    private static final int MAX_ENTRIES = 1000;

    private final DossierQueries dossiers;
    private final PersonalDataMapper mapper;
    private final Clock clock;

    PersonalDataAccessLog(DossierQueries dossiers, PersonalDataMapper mapper, Clock clock) {
        this.dossiers = dossiers;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Opens the applicant of dossier {@code code} in full and logs who, when, why and from where.
     *
     * @throws InvalidFieldException naming {@code reason} when it is missing, too short or too long
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not read the dossier
     * @throws vn.motcua.common.NotFoundException for an unknown code
     */
    @Transactional
    public OpenedPersonalData open(String code, String reason, Staff staff, String clientAddress) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new InvalidFieldException("reason", "say why you need the full record (at least 5 characters)");
        }
        if (why.length() > MAX_REASON || !why.matches(Text.LINES)) {
            throw new InvalidFieldException("reason", "at most 500 characters, no control characters");
        }
        DossierView.ApplicantView applicant = dossiers.openApplicant(code, staff);
        Instant now = clock.instant();
        mapper.insertAccess(now, staff.username(), staff.role().name(), code, why, address(clientAddress));
        return new OpenedPersonalData(code, applicant, offset(now), why);
    }

    /**
     * The log, newest first, at most 1,000 entries; {@code from} and {@code to} are office dates, both inclusive, and
     * every filter may be {@code null}.
     */
    @Transactional(readOnly = true)
    public List<PersonalDataAccessEntry> find(LocalDate from, LocalDate to, String actor, String dossierCode) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        Instant start = from == null ? null : from.atStartOfDay(clock.getZone()).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return mapper.findAccess(start, end, blankToNull(actor), blankToNull(dossierCode), MAX_ENTRIES).stream()
                .map(row -> new PersonalDataAccessEntry(
                        row.id(),
                        offset(row.at()),
                        row.actor(),
                        row.actorRole(),
                        row.dossierCode(),
                        row.reason(),
                        row.clientAddress()))
                .toList();
    }

    private OffsetDateTime offset(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static String address(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
