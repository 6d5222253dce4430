package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;

/** The appointment for the result, and the moment an apology falls due if the dossier is still held. */
public record Deadline(Instant dueAt, Instant apologyAt) {

    /**
     * A limit counted from {@code from} and due at {@code dueAt}. The apology falls due {@code lead} of working time
     * before the due instant ("no later than 1 day before the deadline", Decree 61/2018/NĐ-CP, Art. 19). A limit no
     * longer than the lead (same-day procedures, limits in working hours) leaves no such day after {@code from}, and
     * the law says nothing of it: the apology then falls due halfway through the limit, while the desk and the
     * citizen can still be told before the deadline, rather than at the very moment the clock starts.
     */
    public static Deadline counted(
            Instant from, Instant dueAt, Duration lead, OfficeHours hours, WorkingCalendar calendar) {
        Instant leadBeforeDue = calendar.subtractWorkingTime(dueAt, lead, hours);
        if (leadBeforeDue.isAfter(from)) {
            return new Deadline(dueAt, leadBeforeDue);
        }
        Duration limit = calendar.workingTimeBetween(from, dueAt, hours);
        return new Deadline(
                dueAt, limit.isNegative() ? from : calendar.addWorkingTime(from, limit.dividedBy(2), hours));
    }
}
