package vn.motcua.indicator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.UnitKind;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The reform indicators of docs/indicators.md, computed from the dossiers' own timestamps.
 *
 * <p>Where each figure comes from:
 * <ul>
 * <li>Flow figures (received, resolved, early/on time/late, refused, apologies, returned, ratings, digitised, fee,
 * cashless) are sums of {@link IndicatorRollup}'s table over the period's dates: a few hundred rows at most
 * whatever the number of dossiers.</li>
 * <li>State figures are read at {@code asOf}, the period's end or now if it has not ended: in progress (received by
 * then, neither resolved nor withdrawn by then), of which overdue (original due instant before then and not waiting
 * for a supplement: the clock stands still while it waits) and suspended (a SUSPENDED line on the timeline with no
 * RESUMED after it). They come from one pass over the dossiers in handling now and, at a past period's end, the
 * rollup's state changes since then ({@link IndicatorStates}).</li>
 * <li>{@code passedDue}: dossiers whose due instant fell in the period (up to {@code asOf}) while they were still
 * in handling and not waiting for a supplement; {@code lateWithoutApology}: of those, the ones without an apology
 * letter issued before the due instant (Decree 61/2018/NĐ-CP, Art. 19: the apology comes no later than one day
 * before the deadline). The due instant is the dossier's current legal one: the original appointment, or the
 * restarted one after a supplement; never the new date of an apology. The dossiers that have left handling are
 * counted in the rollup on their due date, the others in the same pass over those in handling.</li>
 * </ul>
 * A drill-down's {@code total} is read where the report reads the figure (the rollup for a flow figure), which gives
 * the same number as counting the listed dossiers ({@code IndicatorScenarioTest#rollupEqualsARecountOfTheDossierRows}).
 * The department of a dossier is its procedure's first agency; a supervisor who filters by department sees the
 * dossiers of the procedures that department opens.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    static final int MAX_PAGE_SIZE = 500;

    /** The figures of a group without a single dossier. */
    private static final Figures NO_FIGURES = Figures.of(RollupTotals.none(""), 0, 0, 0, 0, 0);

    private final IndicatorMapper mapper;
    private final IndicatorStates states;
    private final ProcedureCatalog procedures;
    private final OfficeDirectory office;
    private final Clock clock;
    private final ZoneId zone;

    IndicatorService(
            IndicatorMapper mapper,
            IndicatorStates states,
            ProcedureCatalog procedures,
            OfficeDirectory office,
            Clock clock,
            WorkingCalendar calendar) {
        this.mapper = mapper;
        this.states = states;
        this.procedures = procedures;
        this.office = office;
        this.clock = clock;
        this.zone = calendar.zone();
    }

    /** The figures of a period and scope, grouped when {@code groupBy} is unit, department, procedure or month. */
    public IndicatorReport report(
            String from, String to, String unit, String department, String procedureCode, String groupBy) {
        IndicatorScope scope = scope(from, to, unit, department, procedureCode);
        // A report by unit, procedure or department reads its parts once, by group: the whole scope's figures are
        // the sum of its groups' (every dossier has one unit and one procedure), not a second read of the same rows.
        String column = groupBy == null
                ? null
                : switch (groupBy) {
                    case "unit" -> IndicatorScope.BY_UNIT;
                    case "procedure", "department" -> IndicatorScope.BY_PROCEDURE;
                    default -> null;
                };
        Map<String, Part> parts = column == null ? null : partsBy(scope.groupedBy(column));
        // By month likewise: the months partition the period, so its figures follow from theirs.
        Map<YearMonth, Part> byMonth = "month".equals(groupBy) ? months(scope) : null;
        Figures total = parts != null
                ? fold(parts, key -> "").getOrDefault("", NO_FIGURES)
                : byMonth != null ? figures(wholePeriod(byMonth)) : figures(scope);
        List<IndicatorReport.Row> rows = groupBy == null || groupBy.isBlank()
                ? null
                : switch (groupBy) {
                    case "unit" -> {
                        Map<String, Figures> byUnit = fold(parts, code -> code);
                        // The league table ranks the units that resolve dossiers: the communes and the provincial
                        // agencies, not the desks that only receive (the service center and its branches).
                        yield ranked(office.units().stream()
                                .filter(u -> u.kind() == UnitKind.COMMUNE
                                        || u.kind() == UnitKind.PROVINCE
                                        || byUnit.containsKey(u.code()))
                                .filter(u -> scope.unit() == null || u.code().equals(scope.unit()))
                                .map(u -> row(u.code(), u.name(), byUnit))
                                .toList());
                    }
                    case "department" -> {
                        Map<String, Figures> byDepartment = fold(parts, this::departmentOf);
                        yield departments().entrySet().stream()
                                .filter(e ->
                                        scope.department() == null || e.getKey().equals(scope.department()))
                                .map(e -> row(e.getKey(), e.getValue(), byDepartment))
                                .toList();
                    }
                    case "procedure" -> {
                        Map<String, Figures> byProcedure = fold(parts, code -> code);
                        yield procedures.known().stream()
                                .filter(p -> scope.procedureCode() == null
                                        || p.code().equals(scope.procedureCode()))
                                .filter(p -> scope.department() == null
                                        || scope.department().equals(departmentOf(p.code())))
                                .map(p -> row(p.code(), p.name(), byProcedure))
                                .toList();
                    }
                    case "month" ->
                        byMonth.entrySet().stream()
                                .map(m -> new IndicatorReport.Row(
                                        m.getKey().toString(),
                                        "Tháng " + m.getKey().getMonthValue() + "/"
                                                + m.getKey().getYear(),
                                        null,
                                        figures(m.getValue())))
                                .toList();
                    default ->
                        throw new InvalidFieldException("groupBy", "must be one of unit, department, procedure, month");
                };
        return new IndicatorReport(
                scope.from(),
                scope.to(),
                scope.unit(),
                scope.department(),
                scope.procedureCode(),
                rows == null ? null : groupBy,
                OffsetDateTime.ofInstant(
                        scope.asOf().equals(scope.end())
                                ? scope.asOf()
                                : scope.asOf().minusSeconds(1),
                        zone),
                total,
                rows);
    }

    /** The dossiers behind one figure of {@link #report}, by id, one page at a time. */
    public DrillDownPage dossiers(
            String metricName,
            String from,
            String to,
            String unit,
            String department,
            String procedureCode,
            int page,
            int size) {
        Metric metric = Metric.fromParam(metricName);
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        IndicatorScope scope = scope(from, to, unit, department, procedureCode);
        long total = total(scope, metric);
        return new DrillDownPage(metric.param(), page, size, total, page(scope, metric, size, (long) page * size));
    }

    /** The dossiers of one page, cut from the set's indexes first, then read whole (50 rows, not the set). */
    List<DrillDownPage.Item> page(IndicatorScope scope, Metric metric, int size, long offset) {
        List<Long> ids = mapper.pageIds(scope, metric.param(), size, offset);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DrillDownRow> rows = new HashMap<>();
        mapper.dossiersByIds(ids).forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).map(this::item).toList();
    }

    /** The figures of the current month in the office zone, for the gauges. */
    public Figures currentMonth() {
        YearMonth month = YearMonth.now(clock.withZone(zone));
        return figures(scope(month.atDay(1), month.atEndOfMonth(), null, null, null));
    }

    Figures figures(IndicatorScope scope) {
        return fold(partsBy(scope), key -> "").getOrDefault("", NO_FIGURES);
    }

    /** A group's flow sums and states, before they become its figures. */
    private record Part(RollupTotals flow, IndicatorStates.States states) {}

    /** The flow sums and states of each group of a grouped scope (of the one group "" otherwise), in one pass per part. */
    private Map<String, Part> partsBy(IndicatorScope scope) {
        Map<String, RollupTotals> flow = IndicatorStates.byGroup(
                mapper.totalsBy(scope, RollupSpan.of(scope.from(), scope.to())), RollupTotals::groupKey);
        Map<String, IndicatorStates.States> at = states.at(scope, flow);
        Set<String> keys = new HashSet<>(flow.keySet());
        keys.addAll(at.keySet());
        Map<String, Part> parts = new HashMap<>();
        for (String key : keys) {
            parts.put(
                    key,
                    new Part(
                            flow.getOrDefault(key, RollupTotals.none(key)),
                            at.getOrDefault(key, IndicatorStates.States.NONE)));
        }
        return parts;
    }

    /** The figures of each group, the parts' keys folded by {@code groupOf} (a procedure into its department, say). */
    private static Map<String, Figures> fold(Map<String, Part> parts, UnaryOperator<String> groupOf) {
        Map<String, RollupTotals> flowOf = new HashMap<>();
        Map<String, IndicatorStates.States> stateOf = new HashMap<>();
        parts.forEach((key, part) -> {
            String group = groupOf.apply(key);
            flowOf.merge(group, part.flow(), (a, b) -> a.plus(b, group));
            stateOf.merge(group, part.states(), IndicatorStates.States::plus);
        });
        Map<String, Figures> figures = new HashMap<>();
        flowOf.forEach((group, totals) -> {
            IndicatorStates.States s = stateOf.get(group);
            figures.put(
                    group,
                    Figures.of(
                            totals,
                            s.inProgress(),
                            s.inProgressOverdue(),
                            s.suspended(),
                            s.passedDue(),
                            s.lateWithoutApology()));
        });
        return figures;
    }

    /** The number of dossiers behind one figure, read where {@link #figures} reads it. */
    long total(IndicatorScope scope, Metric metric) {
        return metric.counter() == null
                ? figures(scope).count(metric)
                : mapper.totals(scope, RollupSpan.of(scope.from(), scope.to())).of(metric.counter());
    }

    private static IndicatorReport.Row row(String key, String name, Map<String, Figures> figures) {
        return new IndicatorReport.Row(key, name, null, figures.getOrDefault(key, NO_FIGURES));
    }

    /** The league table: by total score, highest first; equal scores share a rank (1, 2, 2, 4). */
    private static List<IndicatorReport.Row> ranked(List<IndicatorReport.Row> rows) {
        List<IndicatorReport.Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(
                        (IndicatorReport.Row r) -> r.figures().score766().total())
                .reversed()
                .thenComparing(IndicatorReport.Row::key));
        List<IndicatorReport.Row> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            IndicatorReport.Row r = sorted.get(i);
            int rank = i > 0
                            && sorted.get(i - 1)
                                            .figures()
                                            .score766()
                                            .total()
                                            .compareTo(r.figures().score766().total())
                                    == 0
                    ? result.get(i - 1).rank()
                    : i + 1;
            result.add(new IndicatorReport.Row(r.key(), r.name(), rank, r.figures()));
        }
        return result;
    }

    /**
     * The flow and states of each calendar month of the period, in order. The whole months are read together: their
     * flow, and the sums after each one's end that its states need, from one read of the month rollup, and their
     * states (the running month's at now) in one pass over the dossiers in handling. A month cut by the period's bounds
     * is read on its own.
     */
    private Map<YearMonth, Part> months(IndicatorScope scope) {
        NavigableMap<Integer, RollupTotals> byMonth = new TreeMap<>();
        mapper.totalsBy(
                        scope.groupedBy(IndicatorScope.BY_MONTH),
                        RollupSpan.of(YearMonth.from(scope.from()).atDay(1), IndicatorStates.LAST_DAY))
                .forEach(t -> byMonth.put(Integer.valueOf(t.groupKey()), t));
        List<YearMonth> ended = new ArrayList<>();
        List<IndicatorScope> endedScopes = new ArrayList<>();
        List<RollupTotals> within = new ArrayList<>();
        List<RollupTotals> since = new ArrayList<>();
        YearMonth running = null;
        IndicatorScope runningScope = null;
        Map<YearMonth, Part> parts = new TreeMap<>();
        for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(YearMonth.from(scope.to())); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(scope.from()) ? scope.from() : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(scope.to()) ? scope.to() : m.atEndOfMonth();
            IndicatorScope month = scope(first, last, scope.unit(), scope.department(), scope.procedureCode());
            boolean whole = first.equals(m.atDay(1)) && last.equals(m.atEndOfMonth());
            int key = RollupSpan.month(first);
            // Keyed "", as the sums of an ungrouped scope are.
            RollupTotals flow = RollupTotals.none("").plus(byMonth.getOrDefault(key, RollupTotals.none("")), "");
            if (whole && month.asOf().equals(month.end())) {
                ended.add(m);
                endedScopes.add(month);
                within.add(flow);
                since.add(byMonth.tailMap(key, false).values().stream()
                        .reduce(RollupTotals.none(""), (a, b) -> a.plus(b, "")));
            } else if (whole && running == null && !month.asOf().isBefore(month.start())) {
                running = m;
                runningScope = month;
                parts.put(m, new Part(flow, null));
            } else {
                parts.put(
                        m,
                        partsBy(month).getOrDefault("", new Part(RollupTotals.none(""), IndicatorStates.States.NONE)));
            }
        }
        if (!ended.isEmpty() || running != null) {
            List<IndicatorStates.States> at = states.months(
                    scope,
                    endedScopes,
                    within,
                    since,
                    runningScope,
                    running == null ? null : parts.get(running).flow());
            for (int i = 0; i < ended.size(); i++) {
                parts.put(ended.get(i), new Part(within.get(i), at.get(i)));
            }
            if (running != null) {
                parts.put(running, new Part(parts.get(running).flow(), at.get(ended.size())));
            }
        }
        return parts;
    }

    /**
     * The whole period's flow and states from its months': flows add up, as do passed due and late without apology
     * (each month counts the dossiers due in it); in progress, overdue and suspended are those at the last month's
     * end, which is the period's.
     */
    private static Part wholePeriod(Map<YearMonth, Part> months) {
        RollupTotals flow = RollupTotals.none("");
        long passedDue = 0;
        long lateWithoutApology = 0;
        IndicatorStates.States last = IndicatorStates.States.NONE;
        for (Part month : months.values()) {
            flow = flow.plus(month.flow(), "");
            passedDue += month.states().passedDue();
            lateWithoutApology += month.states().lateWithoutApology();
            last = month.states();
        }
        return new Part(
                flow,
                new IndicatorStates.States(
                        last.inProgress(), last.suspended(), last.inProgressOverdue(), passedDue, lateWithoutApology));
    }

    private static Figures figures(Part part) {
        IndicatorStates.States s = part.states();
        return Figures.of(
                part.flow(),
                s.inProgress(),
                s.inProgressOverdue(),
                s.suspended(),
                s.passedDue(),
                s.lateWithoutApology());
    }

    /** The department a procedure's dossiers count in: its first agency, as the rollup keeps it. */
    private String departmentOf(String procedureCode) {
        return procedures.indicatorDepartment(procedureCode).orElse("-");
    }

    /** Departments that open at least one procedure, with their names where the office knows them. */
    private Map<String, String> departments() {
        Map<String, String> result = new TreeMap<>();
        for (Procedure p : procedures.known()) {
            String code = departmentOf(p.code());
            result.put(code, office.department(code).map(d -> d.name()).orElse(code));
        }
        return result;
    }

    private IndicatorScope scope(String from, String to, String unit, String department, String procedureCode) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first.isAfter(last)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        if (last.isAfter(first.plusYears(5))) {
            throw new InvalidFieldException("to", "the period may not exceed five years");
        }
        return scope(first, last, blankToNull(unit), blankToNull(department), blankToNull(procedureCode));
    }

    /**
     * The end of what has happened by {@code now}, for a period still running: states are read over [start, asOf),
     * like a past period's over [start, end), so a dossier resolved at {@code now} itself has left handling (it is
     * neither in progress nor overdue any more) and one received at {@code now} is in progress. The next whole second,
     * because MariaDB keeps whole seconds (sendFractionalSeconds=false): a step stamped within this second is stored
     * at its start and is then still before the boundary.
     */
    static Instant happenedBy(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    IndicatorScope scope(LocalDate from, LocalDate to, String unit, String department, String procedureCode) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant happened = happenedBy(clock.instant());
        List<String> departmentProcedures = null;
        if (department != null) {
            departmentProcedures = procedures.known().stream()
                    .filter(p -> department.equals(departmentOf(p.code())))
                    .map(Procedure::code)
                    .toList();
            if (departmentProcedures.isEmpty()) {
                // No procedure opens in this department: a code that no dossier has keeps the SQL valid and empty.
                departmentProcedures = List.of("");
            }
        }
        return new IndicatorScope(
                from,
                to,
                start,
                end,
                happened.isBefore(end) ? happened : end,
                unit,
                department,
                departmentProcedures,
                procedureCode,
                null);
    }

    private DrillDownPage.Item item(DrillDownRow r) {
        return new DrillDownPage.Item(
                r.code(),
                r.procedureCode(),
                r.unitCode(),
                r.channel(),
                r.status(),
                at(r.receivedAt()),
                at(r.dueAt()),
                at(r.resultReadyAt()),
                at(r.returnedAt()),
                at(r.closedAt()),
                r.timeliness(),
                r.satisfaction(),
                "/api/dossiers/" + r.code());
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date YYYY-MM-DD");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
