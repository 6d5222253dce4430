package vn.motcua.forecast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.DeadlineTimers;
import vn.motcua.engine.EngineTables;
import vn.motcua.security.Staff;

/**
 * Tells the head of a department (its approvers) when one of its dossiers turns "will be late" while there is
 * still time: before the dossier's apology point, so the work is moved or the apology written on time. Once per
 * dossier: the warning is stored, and the head's task page and {@code GET /api/forecast/warnings} show it until the
 * dossier leaves handling.
 */
@Service
public class LatenessWarnings {

    private static final Logger log = LoggerFactory.getLogger(LatenessWarnings.class);
    private static final int IN_LIST = 500;

    private final LateForecast forecast;
    private final ForecastMapper mapper;
    private final EngineTables engineTables;
    private final Clock clock;

    LatenessWarnings(LateForecast forecast, ForecastMapper mapper, EngineTables engineTables, Clock clock) {
        this.forecast = forecast;
        this.mapper = mapper;
        this.engineTables = engineTables;
        this.clock = clock;
    }

    /**
     * Warns about every dossier newly predicted late whose apology timer has not fired yet.
     *
     * @return how many dossiers were newly warned about
     */
    @Scheduled(cron = "${motcua.forecast.warn-cron:0 */10 * * * *}", zone = "${motcua.time-zone:Asia/Ho_Chi_Minh}")
    @Transactional
    public int warnHeads() {
        List<LateForecast.Predicted> late = forecast.predictAll(StaffMove.NONE).stream()
                .filter(p -> p.prediction().late())
                .toList();
        if (late.isEmpty()) {
            return 0;
        }
        Set<Long> told = new HashSet<>();
        List<Long> ids = late.stream().map(p -> p.dossier().id()).toList();
        for (List<Long> chunk : chunks(ids)) {
            told.addAll(mapper.warned(chunk));
        }
        List<LateForecast.Predicted> fresh =
                late.stream().filter(p -> !told.contains(p.dossier().id())).toList();
        Map<String, Instant> apologyAt = apologyPoints(fresh);
        Instant now = clock.instant();
        int warned = 0;
        for (LateForecast.Predicted p : fresh) {
            Instant apology = apologyAt.get(p.dossier().processInstanceId());
            if (apology == null || !now.isBefore(apology)) {
                // Past the apology point the apology task itself tells the department; a warning would be late.
                continue;
            }
            if (tell(p, apology, now)) {
                warned++;
            }
        }
        return warned;
    }

    /** The warnings a head sees: those of his departments about dossiers still in handling. */
    @Transactional(readOnly = true)
    public List<LatenessWarning> of(Staff head) {
        if (head.departments().isEmpty()) {
            return List.of();
        }
        return mapper.warningsFor(head.departments());
    }

    private boolean tell(LateForecast.Predicted p, Instant apologyAt, Instant now) {
        LatenessWarning warning = new LatenessWarning(
                p.dossier().id(),
                p.dossier().code(),
                p.dossier().currentDepartment(),
                now,
                p.dossier().dueAt(),
                p.prediction().finishAt(),
                apologyAt,
                p.prediction().reason());
        try {
            mapper.warn(warning);
        } catch (DuplicateKeyException toldByAnotherNode) {
            return false;
        }
        log.info(
                "Dossier {} will be late at {}: {} told ({})",
                warning.dossierCode(),
                warning.departmentCode(),
                mapper.headsOf(warning.departmentCode()),
                warning.reason());
        return true;
    }

    private Map<String, Instant> apologyPoints(List<LateForecast.Predicted> dossiers) {
        List<String> instances = dossiers.stream()
                .map(p -> p.dossier().processInstanceId())
                .filter(Objects::nonNull)
                .toList();
        if (instances.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> points = new HashMap<>();
        for (List<String> chunk : chunks(instances)) {
            engineTables
                    .timersWaitingAt(chunk, DeadlineTimers.APOLOGY_TIMER)
                    .forEach(t -> points.putIfAbsent(t.processInstanceId(), t.dueAt()));
        }
        return points;
    }

    /** IN lists of a bounded length: a busy province holds thousands of dossiers. */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }
}
