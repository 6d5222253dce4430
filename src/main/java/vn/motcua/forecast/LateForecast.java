package vn.motcua.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The predicted finish of every dossier a department holds, from live data (docs/forecast.md): the dossiers due
 * before it at the same department, the department's stays closed over the last working days and its handlers,
 * and the agencies still ahead in its chain.
 */
@Service
public class LateForecast {

    /** How long a what-if's move lasts: the coming two working weeks. */
    public static final int WHAT_IF_DAYS = 10;

    private static final int MAX_PEOPLE_MOVED = 50;

    private final ForecastMapper mapper;
    private final WorkingCalendar calendar;
    private final LatenessPredictor predictor;
    private final OfficeDirectory office;
    private final ProcedureCatalog procedures;
    private final Clock clock;
    private final int paceWindowDays;
    private final double defaultPerHandlerPerDay;

    LateForecast(
            ForecastMapper mapper,
            WorkingCalendar calendar,
            OfficeDirectory office,
            ProcedureCatalog procedures,
            Clock clock,
            @Value("${motcua.forecast.pace-window-days:20}") int paceWindowDays,
            @Value("${motcua.forecast.default-per-handler-per-day:3}") double defaultPerHandlerPerDay) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.predictor = new LatenessPredictor(calendar);
        this.office = office;
        this.procedures = procedures;
        this.clock = clock;
        this.paceWindowDays = paceWindowDays;
        this.defaultPerHandlerPerDay = defaultPerHandlerPerDay;
    }

    /** One dossier's forecast, as the board and {@code GET /api/forecast/late} show it. */
    public record Row(
            String code,
            String procedureCode,
            String procedureName,
            String applicantName,
            String unit,
            String department,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime predictedFinishAt,
            boolean late,
            int queueAhead,
            double perDay,
            String reason) {}

    /**
     * @param inHandling dossiers of the unit held by a department, all of them forecast
     * @param late those predicted to finish after their due instant, the earliest due first
     * @param move the what-if it was computed with ({@link StaffMove#NONE}: the office as it is)
     */
    public record Forecast(OffsetDateTime at, int inHandling, List<Row> late, StaffMove move) {}

    /** A forecast dossier with what the warnings need beside its row. */
    record Predicted(HeldDossier dossier, Prediction prediction, Row row) {}

    @Transactional(readOnly = true)
    public Forecast forUnit(String unitCode) {
        return forUnit(unitCode, StaffMove.NONE);
    }

    /** The forecast of a supervisor's unit and the units under it, with people moved as {@code move} says. */
    @Transactional(readOnly = true)
    public Forecast forUnit(String unitCode, StaffMove move) {
        Set<String> units = office.unitAndItsUnits(unitCode);
        List<Predicted> all = predictAll(move).stream()
                .filter(p -> units.contains(p.dossier().unitCode()))
                .toList();
        List<Row> late = all.stream()
                .filter(p -> p.prediction().late())
                .map(Predicted::row)
                .toList();
        return new Forecast(offset(clock.instant()), all.size(), late, move);
    }

    /** The departments of a supervisor's unit and the units under it, still working: what a what-if may move. */
    public List<Department> departmentsOf(String unitCode) {
        Set<String> units = office.unitAndItsUnits(unitCode);
        return office.departments().stream()
                .filter(d -> units.contains(d.unitCode()) && !d.merged())
                .toList();
    }

    /**
     * A what-if of a supervisor: {@code people} moved from department {@code from} (none: newcomers) to
     * {@code to}, for the coming {@value #WHAT_IF_DAYS} working days. Both must be departments he watches.
     */
    public StaffMove move(String unitCode, String from, String to, int people) {
        Set<String> watched = new HashSet<>();
        departmentsOf(unitCode).forEach(d -> watched.add(d.code()));
        boolean hasFrom = from != null && !from.isBlank();
        if (to == null || !watched.contains(to)) {
            throw new InvalidFieldException("to", "must be a department of your unit");
        }
        if (hasFrom && !watched.contains(from)) {
            throw new InvalidFieldException("from", "must be a department of your unit, or empty for newcomers");
        }
        if (hasFrom && from.equals(to)) {
            throw new InvalidFieldException("to", "must differ from the department people leave");
        }
        if (people < 1 || people > MAX_PEOPLE_MOVED) {
            throw new InvalidFieldException("people", "must be between 1 and " + MAX_PEOPLE_MOVED);
        }
        Map<String, Integer> moved = new HashMap<>();
        moved.put(to, people);
        if (hasFrom) {
            moved.put(from, -people);
        }
        return new StaffMove(moved, WHAT_IF_DAYS);
    }

    /** The forecast of every dossier a department holds, late or not, the earliest due first. */
    @Transactional(readOnly = true)
    public List<Row> allHeld() {
        return predictAll(StaffMove.NONE).stream().map(Predicted::row).toList();
    }

    /** Every held dossier's forecast by code, for ordering a handler's tasks by risk. */
    @Transactional(readOnly = true)
    public Map<String, Row> byDossier() {
        Map<String, Row> rows = new HashMap<>();
        predictAll(StaffMove.NONE).forEach(p -> rows.put(p.dossier().code(), p.row()));
        return rows;
    }

    /**
     * How much working time a dossier has left after its predicted finish: negative when predicted late, the most
     * negative the riskiest. A dossier nobody can work is the riskiest of all.
     */
    public Duration slack(Row row, String unitCode) {
        if (row.predictedFinishAt() == null) {
            return Duration.ofDays(-36_500);
        }
        OfficeHours hours = office.unit(unitCode).officeHours();
        return calendar.workingTimeBetween(
                row.predictedFinishAt().toInstant(), row.dueAt().toInstant(), hours);
    }

    List<Predicted> predictAll(StaffMove move) {
        Instant now = clock.instant();
        List<HeldDossier> held = mapper.held();
        Map<String, DepartmentPace> paces = paces(now);
        Map<Long, List<ChainStep>> chains = new HashMap<>();
        mapper.chainsInHandling()
                .forEach(s -> chains.computeIfAbsent(s.dossierId(), id -> new ArrayList<>())
                        .add(s));
        Map<String, Integer> aheadAt = new HashMap<>();
        List<Predicted> predicted = new ArrayList<>(held.size());
        // held() is ordered by due: the count so far at a department is the queue ahead of the next one there.
        for (HeldDossier d : held) {
            String department = d.currentDepartment();
            int ahead = aheadAt.merge(department, 1, Integer::sum) - 1;
            OfficeHours hours = office.unit(d.unitCode()).officeHours();
            DepartmentPace pace =
                    paces.getOrDefault(department, new DepartmentPace(department, 0, 0, defaultPerHandlerPerDay));
            Prediction p = predictor.predict(
                    now,
                    d.dueAt(),
                    ahead,
                    pace,
                    move.at(department),
                    move.workingDays(),
                    stepsAhead(chains.getOrDefault(d.id(), List.of()), department, hours),
                    hours,
                    d.awaitedUntil());
            predicted.add(new Predicted(d, p, row(d, p)));
        }
        return predicted;
    }

    /** Each department's pace over the last working days of its unit. */
    private Map<String, DepartmentPace> paces(Instant now) {
        Map<String, Integer> handlers = counts(mapper.handlers());
        Map<Instant, Map<String, Integer>> closedSince = new HashMap<>();
        Map<String, DepartmentPace> paces = new LinkedHashMap<>();
        for (Department department : office.departments()) {
            OfficeHours hours = office.findUnit(department.unitCode())
                    .map(u -> u.officeHours())
                    .orElse(OfficeHours.DEFAULT);
            Instant since = calendar.subtractWorkingTime(now, hours.workingDays(paceWindowDays), hours);
            int closed = closedSince
                    .computeIfAbsent(since, s -> counts(mapper.closedStays(s, now)))
                    .getOrDefault(department.code(), 0);
            paces.put(
                    department.code(),
                    new DepartmentPace(
                            department.code(),
                            (double) closed / paceWindowDays,
                            handlers.getOrDefault(department.code(), 0),
                            defaultPerHandlerPerDay));
        }
        return paces;
    }

    /** The shares of the agencies after the one holding the dossier; an agency without a share takes a day. */
    private static List<Duration> stepsAhead(List<ChainStep> chain, String department, OfficeHours hours) {
        int here = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).departmentCode().equals(department)) {
                here = i;
            }
        }
        if (here < 0) {
            return List.of();
        }
        List<Duration> ahead = new ArrayList<>();
        for (ChainStep step : chain.subList(here + 1, chain.size())) {
            Duration share = Duration.ZERO;
            if (step.shareDays() != null) {
                share = share.plus(hours.workingDays(step.shareDays()));
            }
            if (step.shareHours() != null) {
                share = share.plusHours(step.shareHours());
            }
            ahead.add(share.isZero() ? hours.workingDay() : share);
        }
        return ahead;
    }

    private Row row(HeldDossier d, Prediction p) {
        return new Row(
                d.code(),
                d.procedureCode(),
                procedures.find(d.procedureCode()).map(pr -> pr.name()).orElse(d.procedureCode()),
                d.applicantFullName(),
                d.unitCode(),
                d.currentDepartment(),
                offset(d.receivedAt()),
                offset(d.dueAt()),
                offset(p.finishAt()),
                p.late(),
                p.queueAhead(),
                Math.round(p.perDay() * 10) / 10.0,
                p.reason());
    }

    private static Map<String, Integer> counts(List<DepartmentCount> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put(r.department(), r.count()));
        return counts;
    }

    private OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
