package vn.motcua.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change made to the office's set-up (docs/api.md, "Administration log"). A change
 * and its entry are written in one transaction: an entry without its change, or the reverse, cannot exist.
 */
@Service
public class AdministrationLog {

    /** The actor of a change no one signed in made (the first administrator, created at start-up). */
    public static final String SYSTEM = "system";

    private static final int MAX_ENTRIES = 1000;

    private final AdministrationLogMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    AdministrationLog(AdministrationLogMapper mapper, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes one entry in the caller's transaction (there must be one).
     *
     * @param kind what was done, e.g. {@code UNIT_CREATED}, {@code STAFF_UNLOCKED}
     * @param target the key of what it was done to (a unit code, a user name)
     * @param before the record before, {@code null} for a creation; any value Jackson writes
     * @param after the record after, {@code null} for a removal
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String kind, String target, Object before, Object after) {
        mapper.insert(clock.instant(), actor(), kind, target, write(before), write(after));
    }

    /** Newest first; every filter may be {@code null}; at most 1,000 entries. */
    @Transactional(readOnly = true)
    public List<AdministrationLogEntry> find(Instant from, Instant to, String actor, String kind) {
        return mapper.find(from, to, blankToNull(actor), blankToNull(kind), MAX_ENTRIES).stream()
                .map(row -> new AdministrationLogEntry(
                        row.id(),
                        row.at().atZone(clock.getZone()).toOffsetDateTime(),
                        row.actor(),
                        row.kind(),
                        row.target(),
                        read(row.beforeJson()),
                        read(row.afterJson())))
                .toList();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the administration log entry as JSON", e);
        }
    }

    private JsonNode read(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An administration log entry is not JSON", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
