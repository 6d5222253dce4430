package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The real holiday files from config/calendar/ (surefire runs in the project root) and local-time helpers. */
final class CalendarFixtures {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String REAL_FILES = "file:./config/calendar/holidays-*.yml";

    private CalendarFixtures() {}

    static HolidayCalendar realHolidays() {
        return new HolidayCalendar(REAL_FILES);
    }

    static WorkingCalendar realCalendar() {
        return new WorkingCalendar(realHolidays(), VIETNAM);
    }

    /** An instant given as office-local time, e.g. {@code local("2025-03-07T10:00")}. */
    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }
}
