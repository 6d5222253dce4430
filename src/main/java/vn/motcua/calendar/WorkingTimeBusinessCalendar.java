package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's "dueDate" business calendar, counting in the same working time as {@link WorkingCalendar}, so a
 * BPMN timer and the receipt printed at the desk agree on every date.
 *
 * <p>Understands {@code "<n> working day(s)"} and {@code "<n> working hour(s)"}, optionally followed by
 * {@code " after <instant>"}, where the instant is ISO-8601 with an offset ({@code 2025-03-06T09:00:00+07:00} or
 * {@code ...Z}); e.g. a task due {@code "3 working days after ${receivedAt}"}. Without an anchor the time is added to
 * the start date the engine passes, or to the engine clock ({@link ClockUtil}). Anything else (ISO dates, ISO
 * periods) goes to Camunda's {@link DueDateBusinessCalendar} unchanged. The dossier's own timers need none of this:
 * the apology point and the due instant are computed once, by {@code deadline.Deadline}, and given to the timers
 * as instants.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

    private static final Pattern WORKING_TIME = Pattern.compile(
            "^\\s*(\\d+)\\s+working\\s+(day|days|hour|hours)(?:\\s+after\\s+(\\S+))?\\s*$", Pattern.CASE_INSENSITIVE);

    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final BusinessCalendar fallback = new DueDateBusinessCalendar();

    WorkingTimeBusinessCalendar(WorkingCalendar calendar, OfficeHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    @Override
    public Date resolveDuedate(String duedate) {
        return resolveDuedate(duedate, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedate, Task task) {
        return resolveDuedate(duedate, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
        Matcher m = duedate == null ? null : WORKING_TIME.matcher(duedate);
        if (m == null || !m.matches()) {
            return fallback.resolveDuedate(duedate, startDate);
        }
        Duration amount = amount(Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
        Instant anchor = m.group(3) != null
                ? parseInstant(m.group(3), duedate)
                : startDate != null
                        ? startDate.toInstant()
                        : ClockUtil.getCurrentTime().toInstant();
        return Date.from(calendar.addWorkingTime(anchor, amount, hours));
    }

    private Duration amount(long n, String unit) {
        // A working day is a day's worth of working time of these office hours, as in WorkingCalendar#dueAt.
        return unit.startsWith("day") ? hours.workingDay().multipliedBy(n) : Duration.ofHours(n);
    }

    private static Instant parseInstant(String text, String duedate) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // A java.util.Date variable renders as "Thu Mar 06 09:00:00 ICT 2025" inside an expression.
            throw new ProcessEngineException(
                    "Cannot resolve due date '" + duedate + "': '" + text
                            + "' is not an ISO-8601 instant with offset, e.g. 2025-03-06T09:00:00+07:00",
                    e);
        }
    }
}
