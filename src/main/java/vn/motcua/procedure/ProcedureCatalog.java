package vn.motcua.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.WorkingCalendar;

/**
 * The procedure catalog, kept in the database with every version of each procedure ({@link ProcedureAdministration}
 * changes it; {@code config/procedures/*.yml} seeds the codes it does not have yet, {@link ProcedureSeed}). A
 * procedure's version in force on a day is its latest version effective on or before that day; a dossier keeps the
 * version it was registered under, read with {@link #asRegistered}.
 */
@Service
@DependsOn("procedureSeed")
public class ProcedureCatalog {

    private final ProcedureStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ProcedureCatalog(ProcedureStore store, WorkingCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every procedure in force today, by code. */
    public List<Procedure> all() {
        LocalDate today = today();
        return store.snapshot().byCode().values().stream()
                .map(versions -> inForce(versions, today))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Procedure::code))
                .toList();
    }

    /** The version of a procedure in force today; empty for an unknown code or one not yet in force. */
    public Optional<Procedure> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<Procedure> versions = store.snapshot().byCode().get(code);
        return versions == null ? Optional.empty() : Optional.ofNullable(inForce(versions, today()));
    }

    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("Unknown procedure " + code));
    }

    /** A version by its id. */
    public Procedure version(long versionId) {
        Procedure version = store.version(versionId);
        if (version == null) {
            throw new IllegalStateException("Unknown procedure version " + versionId);
        }
        return version;
    }

    /**
     * The version a dossier was registered under; a dossier registered before versions existed (no version id) has
     * its procedure's version in force today.
     */
    public Procedure asRegistered(String code, Long versionId) {
        return versionId == null ? get(code) : version(versionId);
    }

    /** Every version of a procedure, oldest first (scheduled ones included); empty for an unknown code. */
    public List<Procedure> versions(String code) {
        return code == null ? List.of() : store.snapshot().byCode().getOrDefault(code, List.of());
    }

    /**
     * Every procedure the catalog knows, each as its version in force today or, for one not yet in force, its first
     * version: what reports list and group, whatever day the clock says.
     */
    public List<Procedure> known() {
        LocalDate today = today();
        return store.snapshot().byCode().values().stream()
                .map(versions -> {
                    Procedure inForce = inForce(versions, today);
                    return inForce != null ? inForce : versions.get(0);
                })
                .sorted(Comparator.comparing(Procedure::code))
                .toList();
    }

    /**
     * The department a procedure's dossiers count in for the indicators: the first agency of its first version. No
     * later version moves it, so all of a dossier's counts stay in one department whatever the day they are written
     * or read.
     */
    public Optional<String> indicatorDepartment(String code) {
        List<Procedure> versions = versions(code);
        return versions.isEmpty()
                ? Optional.empty()
                : Optional.of(versions.get(0).firstDepartment());
    }

    /** Every procedure code the catalog knows, in order, those whose first version is still to come included. */
    public List<String> codes() {
        return store.snapshot().byCode().keySet().stream().sorted().toList();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** The latest version effective on or before the day; {@code null} when none is yet. */
    static Procedure inForce(List<Procedure> versions, LocalDate day) {
        Procedure found = null;
        for (Procedure version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }
}
