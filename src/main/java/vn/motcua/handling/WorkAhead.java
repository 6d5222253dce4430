package vn.motcua.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.security.Staff;

/**
 * What a person at the desk or in a department should look at first: the tasks offered to him that nobody has taken
 * yet (new), and those of his, or nobody's, whose dossier is overdue or due within one working day of his unit's
 * office hours (near due), the earliest due first. The header shows the counts and the home pages the list.
 */
@Service
public class WorkAhead {

    private final TaskWork tasks;
    private final OfficeDirectory office;
    private final WorkingCalendar calendar;
    private final Clock clock;

    WorkAhead(TaskWork tasks, OfficeDirectory office, WorkingCalendar calendar, Clock clock) {
        this.tasks = tasks;
        this.office = office;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The counts and the near-due list, as of now. */
    public Summary of(Staff staff) {
        List<TaskView> open = tasks.visibleTo(staff);
        Instant now = clock.instant();
        OfficeHours hours = office.unit(staff.unitCode()).officeHours();
        Instant horizon = calendar.addWorkingTime(now, hours.workingDays(1), hours);
        List<TaskView> nearDue = open.stream()
                .filter(t -> t.assignee() == null || t.assignee().equals(staff.username()))
                .filter(t -> t.dossierOverdue()
                        || (t.dossierDueAt() != null
                                && !t.dossierDueAt().toInstant().isAfter(horizon)))
                .toList();
        int fresh = tasks.unclaimedCount(staff);
        return new Summary(OffsetDateTime.ofInstant(now, clock.getZone()), fresh, nearDue, (int)
                nearDue.stream().filter(TaskView::dossierOverdue).count());
    }

    /**
     * @param newTasks tasks offered to the person that nobody has claimed
     * @param nearDue his or nobody's tasks whose dossier is overdue or due within one working day, earliest first
     * @param overdue how many of those are overdue
     */
    public record Summary(OffsetDateTime at, int newTasks, List<TaskView> nearDue, int overdue) {}
}
