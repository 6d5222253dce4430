package vn.motcua.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.EngineTables;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The supervisors' board (docs/api.md, "Overdue board"): dossiers due within one working day and dossiers past their
 * original due instant, each with the department that holds it, who works it, whether the apology the law asks
 * for was issued, and how many working days late it is.
 */
@Service
public class OverdueBoard {

    private static final int MAX_ROWS = 1000;
    private static final String APOLOGY_TASK = "Task_IssueApology";

    private final OverdueMapper mapper;
    private final EngineTables engineTables;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final WorkingCalendar calendar;
    private final OfficeDirectory office;
    private final ProcedureCatalog procedures;
    private final Clock clock;

    OverdueBoard(
            OverdueMapper mapper,
            EngineTables engineTables,
            TaskService tasks,
            RuntimeService runtime,
            WorkingCalendar calendar,
            OfficeDirectory office,
            ProcedureCatalog procedures,
            Clock clock) {
        this.mapper = mapper;
        this.engineTables = engineTables;
        this.tasks = tasks;
        this.runtime = runtime;
        this.calendar = calendar;
        this.office = office;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Whether the apology letter of a dossier near or past its due was issued. */
    public enum ApologyState {
        /** Issued, with a new appointment. */
        ISSUED,
        /** The apology point has passed: the department must write it now. */
        DUE,
        /** Past the due instant with no apology: the failure to prevent. */
        MISSING,
        /** Not yet due. */
        NOT_YET
    }

    public record Row(
            String code,
            String procedureCode,
            String procedureName,
            String applicantName,
            String unit,
            String unitName,
            String department,
            String assignee,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime rescheduledDueAt,
            ApologyState apology,
            OffsetDateTime apologyIssuedAt,
            int workingDaysLate) {}

    public record Board(OffsetDateTime at, List<Row> nearDue, List<Row> overdue) {}

    /**
     * The board of a supervisor's unit: the dossiers it resolves, and those of every unit under it (the province's
     * root unit watches the whole province).
     */
    @Transactional(readOnly = true)
    public Board forUnit(String unitCode) {
        Unit unit = office.unit(unitCode);
        Instant now = clock.instant();
        Instant horizon = calendar.addWorkingTime(now, unit.officeHours().workingDays(1), unit.officeHours());
        List<WatchedDossier> watched = mapper.dueBefore(office.unitAndItsUnits(unitCode), horizon, MAX_ROWS);
        Map<String, String> assignees = assignees(watched);
        Map<String, Instant> apologyTimers = apologyTimers(watched);
        List<Row> nearDue = new ArrayList<>();
        List<Row> overdue = new ArrayList<>();
        for (WatchedDossier d : watched) {
            boolean late = !d.dueAt().isAfter(now);
            Row row = new Row(
                    d.code(),
                    d.procedureCode(),
                    procedures.get(d.procedureCode()).name(),
                    d.applicantFullName(),
                    d.unitCode(),
                    d.unitName(),
                    d.currentDepartment(),
                    assignees.get(d.code()),
                    offset(d.receivedAt()),
                    offset(d.dueAt()),
                    offset(d.rescheduledDueAt()),
                    apologyState(d, apologyTimers.get(d.processInstanceId()), now, late),
                    offset(d.apologyIssuedAt()),
                    calendar.workingDaysLate(
                            d.dueAt(), now, office.unit(d.unitCode()).officeHours()));
            (late ? overdue : nearDue).add(row);
        }
        return new Board(offset(now), nearDue, overdue);
    }

    /** The apology point is the dossier's own timer (Deadline.counted set it): the board and the task agree. */
    private ApologyState apologyState(WatchedDossier d, Instant apologyTimerDueAt, Instant now, boolean late) {
        if (d.apologyIssuedAt() != null) {
            return ApologyState.ISSUED;
        }
        if (late) {
            return ApologyState.MISSING;
        }
        return apologyTimerDueAt != null && now.isBefore(apologyTimerDueAt) ? ApologyState.NOT_YET : ApologyState.DUE;
    }

    /** When each dossier's apology timer fires; a dossier whose timer has fired has none. */
    private Map<String, Instant> apologyTimers(List<WatchedDossier> watched) {
        List<String> instances = watched.stream()
                .map(WatchedDossier::processInstanceId)
                .filter(Objects::nonNull)
                .toList();
        if (instances.isEmpty()) {
            return Map.of();
        }
        return engineTables.timersWaitingAt(instances, DeadlineTimers.APOLOGY_TIMER).stream()
                .collect(Collectors.toMap(
                        EngineTables.TimerDue::processInstanceId, EngineTables.TimerDue::dueAt, (a, b) -> a));
    }

    /** The person working each dossier's department task now, if someone claimed it. */
    private Map<String, String> assignees(List<WatchedDossier> watched) {
        if (watched.isEmpty()) {
            return Map.of();
        }
        String[] codes = watched.stream().map(WatchedDossier::code).toArray(String[]::new);
        List<Task> assigned = tasks.createTaskQuery().processInstanceBusinessKeyIn(codes).taskAssigned().list().stream()
                .filter(task -> !APOLOGY_TASK.equals(task.getTaskDefinitionKey()))
                .toList();
        if (assigned.isEmpty()) {
            return Map.of();
        }
        Map<String, String> codeOfInstance = runtime
                .createProcessInstanceQuery()
                .processInstanceIds(
                        assigned.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return assigned.stream()
                .collect(Collectors.toMap(
                        task -> codeOfInstance.get(task.getProcessInstanceId()), Task::getAssignee, (a, b) -> a));
    }

    private OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }
}
