package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar that never runs out: statutory holidays for every year, and the yearly decisions on top. */
class StatutoryHolidaysTest {

    private static final OfficeHours HOURS = OfficeHours.DEFAULT;
    private static final HolidayCalendar holidays = CalendarFixtures.realHolidays();
    private static final WorkingCalendar calendar = new WorkingCalendar(holidays, CalendarFixtures.VIETNAM);

    // --- The case that started it ------------------------------------------------------------------

    @Test
    void twentyWorkingDaysFromMondaySeventhOfDecember2026AreDueMondayFourthOfJanuaryNotNewYearsDay() {
        assertThat(calendar.dueAt(local("2026-12-07T08:00"), TimeLimit.workingDays(20), HOURS))
                .isEqualTo(local("2027-01-04T17:00"));
    }

    @Test
    void withoutAny2027FileTheSameDossierIsStillDueMondayFourthOfJanuary(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("config/calendar/holidays-2026.yml"), dir.resolve("holidays-2026.yml"));
        WorkingCalendar only2026 =
                new WorkingCalendar(new HolidayCalendar(dir.toUri() + "holidays-*.yml"), CalendarFixtures.VIETNAM);
        assertThat(only2026.dueAt(local("2026-12-07T08:00"), TimeLimit.workingDays(20), HOURS))
                .isEqualTo(local("2027-01-04T17:00"));
        assertThat(only2026.undecidedYears(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 4)))
                .containsExactly(2027);
    }

    // --- Decided years are what they were -----------------------------------------------------------

    /** The weekdays off and the Saturdays worked of 2024-2026 as the files alone gave them before. */
    private static final Set<LocalDate> WEEKDAYS_OFF_2024_2026 = dates("""
            2024-01-01 2024-02-08 2024-02-09 2024-02-12 2024-02-13 2024-02-14 2024-04-18 2024-04-29 2024-04-30
            2024-05-01 2024-09-02 2024-09-03
            2025-01-01 2025-01-27 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-04-07 2025-04-30 2025-05-01
            2025-05-02 2025-09-01 2025-09-02
            2026-01-01 2026-01-02 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 2026-04-27 2026-04-30
            2026-05-01 2026-08-31 2026-09-01 2026-09-02
            """);

    private static final Set<LocalDate> WEEKENDS_WORKED_2024_2026 =
            dates("2024-05-04 2025-04-26 2026-01-10 2026-08-22");

    @Test
    void workingDaysOf2024To2026AreExactlyThoseTheirFilesGaveBeforeStatutoryDaysWereComputed() {
        List<String> differences = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean expected =
                    weekday ? !WEEKDAYS_OFF_2024_2026.contains(day) : WEEKENDS_WORKED_2024_2026.contains(day);
            if (calendar.isWorkingDay(day) != expected) {
                differences.add(day + (expected ? " should be a working day" : " should be a day off"));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void decidedTetReplacesTheDefaultSpanInsteadOfAddingToIt() {
        // Default span 9/2-13/2/2024 would compensate its weekend on Wed 14 and Thu 15; the decision took Thu 8.
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
        // Default span 28/1-1/2/2025 would compensate Saturday 1/2 on Monday 3/2; the decision took Mon 27/1.
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
    }

    // --- Undecided years ----------------------------------------------------------------------------

    @Test
    void yearsWithADecisionAreDecidedAndThe2027FileSaysItIsNot() {
        assertThat(calendar.isDecided(2024)).isTrue();
        assertThat(calendar.isDecided(2026)).isTrue();
        assertThat(calendar.isDecided(2027)).isFalse();
        assertThat(calendar.isDecided(2028)).isFalse();
        assertThat(holidays.covers(2027)).isTrue();
    }

    @Test
    void undecidedYearsBetweenTwoDatesAreListedInOrderWhicheverComesFirst() {
        assertThat(calendar.undecidedYears(LocalDate.of(2025, 6, 1), LocalDate.of(2028, 1, 10)))
                .containsExactly(2027, 2028);
        assertThat(calendar.undecidedYears(LocalDate.of(2028, 1, 10), LocalDate.of(2025, 6, 1)))
                .containsExactly(2027, 2028);
        assertThat(calendar.undecidedYears(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
    }

    @Test
    void undecidedTet2027KeepsTheDefaultSpanItsCompensationAndTheDaysADecisionMayPutBeforeIt() {
        // Mùng 1 is Saturday 6/2/2027; the default five days are Fri 5/2 (29 Chạp, the last day) to Tue 9/2.
        assertThat(holidays.holidayName(LocalDate.of(2027, 2, 5))).contains("Tết Nguyên đán");
        assertThat(holidays.holidayName(LocalDate.of(2027, 2, 9))).contains("Tết Nguyên đán");
        // Its Saturday and Sunday: compensated after (Art. 111(3)) or, as in 2024, before.
        assertThat(LocalDate.of(2027, 2, 3).datesUntil(LocalDate.of(2027, 2, 12)))
                .noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
    }

    @Test
    void undecidedQuocKhanhKeepsBothFirstAndThirdOfSeptember() {
        // 2/9/2027 is a Thursday; the Prime Minister will add Wednesday 1/9 or Friday 3/9.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 31))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 6))).isTrue();
    }

    @Test
    void quocKhanhOnAMondayNeedsNoGuessBecauseBothChoicesGiveTheSameDays() {
        // 2/9/2030 is a Monday: 1/9 would be a Sunday compensated on Tuesday 3/9, so 3/9 either way.
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 9, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 9, 4))).isTrue();
    }

    @Test
    void holidayOnAWeekendIsCompensatedOnTheNextWorkingDay() {
        // 1/1/2028 is a Saturday; 30/4 and 1/5/2028 are a Sunday and a Monday, so 30/4 moves to Tuesday 2/5.
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(holidays.holidayName(LocalDate.of(2028, 1, 3))).contains("Nghỉ bù Tết Dương lịch");
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 3))).isTrue();
    }

    @Test
    void yearsBeforeTheLabourCode2019HaveNoComputedHolidays() {
        assertThat(StatutoryHolidays.undecided(2020)).isEmpty();
        assertThat(StatutoryHolidays.fixed(2020)).isEmpty();
        assertThat(StatutoryHolidays.fixed(2021)).containsKey(LocalDate.of(2021, 1, 1));
    }

    // --- The files still add and remove -------------------------------------------------------------

    @Test
    void aFileThatDoesNotSayUndecidedIsADecision(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("holidays-2030.yml"), "year: 2030\n");
        Files.writeString(dir.resolve("holidays-2031.yml"), "year: 2031\ndecided: false\n");
        HolidayCalendar loaded = new HolidayCalendar(dir.toUri() + "holidays-*.yml");
        assertThat(loaded.isDecided(2030)).isTrue();
        assertThat(loaded.isDecided(2031)).isFalse();
        assertThat(loaded.covers(2031)).isTrue();
    }

    @Test
    void decidedFileWithoutTetStillKeepsTheFixedDateHolidays(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("holidays-2030.yml"), "year: 2030\n");
        WorkingCalendar decided =
                new WorkingCalendar(new HolidayCalendar(dir.toUri() + "holidays-*.yml"), CalendarFixtures.VIETNAM);
        assertThat(decided.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(decided.isWorkingDay(LocalDate.of(2030, 4, 30))).isFalse();
        // Tết 2030 (mùng 1 on Saturday 2/2) is the decision's to give; this file gives none.
        assertThat(decided.isWorkingDay(LocalDate.of(2030, 2, 4))).isTrue();
    }

    @Test
    void makeUpWorkingDayOfAFileOverridesAStatutoryCompensatoryDay(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("holidays-2028.yml"), """
                year: 2028
                makeUpWorkingDays:
                  - date: 2028-01-03
                    name: Làm việc, nghỉ bù chuyển sang ngày khác
                """);
        WorkingCalendar decided =
                new WorkingCalendar(new HolidayCalendar(dir.toUri() + "holidays-*.yml"), CalendarFixtures.VIETNAM);
        assertThat(decided.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(decided.isWorkingDay(LocalDate.of(2028, 1, 1))).isFalse();
    }

    // --- Never due on a statutory holiday -------------------------------------------------------------

    /**
     * Every working day of 2027-2035, every limit of 1 to 45 working days: the due day is never a statutory
     * holiday of Art. 112(1), with Tết and Giỗ Tổ from the published lunar table (not from the code under test) and
     * both possible days next to 2/9.
     */
    @Test
    void noDueDateOf1To45WorkingDaysFromAnyWorkingDayOf2027To2035LandsOnAStatutoryHoliday() {
        Set<LocalDate> statutory = statutoryHolidays2027To2036();
        List<String> offending = new ArrayList<>();
        int checked = 0;
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() <= 2035; day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant received = local(day + "T08:00");
            for (int days = 1; days <= 45; days++) {
                LocalDate due = calendar.dueAt(received, TimeLimit.workingDays(days), HOURS)
                        .atZone(CalendarFixtures.VIETNAM)
                        .toLocalDate();
                checked++;
                if (statutory.contains(due)) {
                    offending.add(day + " + " + days + " → " + due);
                }
            }
        }
        assertThat(checked).isGreaterThan(9 * 240 * 45);
        assertThat(offending).isEmpty();
    }

    /** Mùng 1 Tết and Giỗ Tổ Hùng Vương 2027-2036 as published (see VietnameseLunarCalendarTest). */
    private static final String[][] LUNAR_2027_2036 = {
        {"2027-02-06", "2027-04-16"}, {"2028-01-26", "2028-04-04"}, {"2029-02-13", "2029-04-23"},
        {"2030-02-02", "2030-04-12"}, {"2031-01-23", "2031-04-01"}, {"2032-02-11", "2032-04-19"},
        {"2033-01-31", "2033-04-09"}, {"2034-02-19", "2034-04-28"}, {"2035-02-08", "2035-04-17"},
        {"2036-01-28", "2036-04-06"}
    };

    private static Set<LocalDate> statutoryHolidays2027To2036() {
        Set<LocalDate> days = new HashSet<>();
        for (String[] lunar : LUNAR_2027_2036) {
            LocalDate tet = LocalDate.parse(lunar[0]);
            int year = tet.getYear();
            tet.minusDays(1).datesUntil(tet.plusDays(4)).forEach(days::add);
            days.add(LocalDate.parse(lunar[1]));
            days.addAll(List.of(
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 4, 30),
                    LocalDate.of(year, 5, 1),
                    LocalDate.of(year, 9, 1),
                    LocalDate.of(year, 9, 2),
                    LocalDate.of(year, 9, 3)));
        }
        return days;
    }

    private static Set<LocalDate> dates(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .map(LocalDate::parse)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
