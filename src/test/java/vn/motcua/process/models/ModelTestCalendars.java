package vn.motcua.process.models;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The business calendars of the model tests' engine, under the names the app's engine uses ({@code camunda.cfg.xml}
 * next to this package installs it).
 */
public class ModelTestCalendars extends MapBusinessCalendarManager {

    public ModelTestCalendars() {
        addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
        // A simple stand-in, not the app's calendar (package-private, needs the holiday files): weekdays, no holidays.
        addBusinessCalendar(DueDateBusinessCalendar.NAME, new WeekdayDueDates());
        addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    }

    /**
     * {@code "<n> working day(s)|hour(s) [before|after <ISO instant>]"} in whole weekdays or plain hours; anything
     * else, such as the ISO instants the models' timers read today ({@code ${apologyDueAt}}, {@code ${dossierDueAt}}),
     * goes to Camunda's own calendar unchanged, as in the app.
     */
    static final class WeekdayDueDates implements BusinessCalendar {

        private static final Pattern WORKING_TIME = Pattern.compile(
                "^\\s*(\\d+)\\s+working\\s+(day|days|hour|hours)(?:\\s+(before|after)\\s+(\\S+))?\\s*$",
                Pattern.CASE_INSENSITIVE);

        private final BusinessCalendar fallback = new DueDateBusinessCalendar();

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
            long n = Long.parseLong(m.group(1));
            int sign = "before".equalsIgnoreCase(m.group(3)) ? -1 : 1;
            OffsetDateTime at = m.group(4) != null
                    ? OffsetDateTime.parse(m.group(4))
                    : (startDate != null ? startDate : ClockUtil.getCurrentTime())
                            .toInstant()
                            .atOffset(ZoneOffset.UTC);
            if (m.group(2).toLowerCase(Locale.ROOT).startsWith("hour")) {
                return Date.from(at.plus(Duration.ofHours(sign * n)).toInstant());
            }
            for (long left = n; left > 0; ) {
                at = at.plusDays(sign);
                if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return Date.from(at.toInstant());
        }
    }
}
