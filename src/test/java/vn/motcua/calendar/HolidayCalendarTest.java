package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {

    private static final HolidayCalendar holidays = CalendarFixtures.realHolidays();
    private static final WorkingCalendar calendar = new WorkingCalendar(holidays, CalendarFixtures.VIETNAM);

    // --- The real files ---------------------------------------------------------------------------

    @Test
    void everyConfiguredYearIsLoaded() {
        assertThat(holidays.covers(2024)).isTrue();
        assertThat(holidays.covers(2025)).isTrue();
        assertThat(holidays.covers(2026)).isTrue();
        assertThat(holidays.covers(2027)).isTrue();
        assertThat(holidays.covers(2030)).isFalse();
    }

    @Test
    void holidayCarriesItsVietnameseName() {
        assertThat(holidays.holidayName(LocalDate.of(2025, 1, 29))).contains("Tết Nguyên đán");
        assertThat(holidays.holidayName(LocalDate.of(2025, 3, 5))).isEmpty();
        assertThat(holidays.makeUpWorkingDayName(LocalDate.of(2025, 4, 26))).contains("Làm bù cho ngày nghỉ 02/5/2025");
    }

    @Test
    void tetRangeIncludesBothEnds() {
        assertThat(holidays.isHoliday(LocalDate.of(2025, 1, 24))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 1, 25))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 2, 2))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 2, 3))).isFalse();
    }

    @Test
    void secondOfMay2025IsOffInExchangeForSaturdayTwentySixthOfApril() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(holidays.isMakeUpWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    }

    @Test
    void quocKhanh2025IsFirstAndSecondOfSeptember() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
    }

    // --- 2024 -------------------------------------------------------------------------------------

    @Test
    void tet2024RunsFromThursdayEighthToWednesdayFourteenthOfFebruary() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 7))).isTrue();
        assertThat(LocalDate.of(2024, 2, 8).datesUntil(LocalDate.of(2024, 2, 15)))
                .noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
    }

    @Test
    void hungKingsDay2024IsEighteenthOfApril() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 18))).isFalse();
    }

    @Test
    void monday29April2024IsOffInExchangeForSaturdayFourthOfMay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
    }

    @Test
    void quocKhanh2024IsSecondAndThirdOfSeptember() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 4))).isTrue();
    }

    // --- 2026 -------------------------------------------------------------------------------------

    @Test
    void secondOfJanuary2026IsOffInExchangeForSaturdayTenthOfJanuary() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    }

    @Test
    void tet2026RunsFromSaturdayFourteenthToSundayTwentySecondOfFebruary() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(LocalDate.of(2026, 2, 14).datesUntil(LocalDate.of(2026, 2, 23)))
                .noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void hungKingsDay2026OnASundayIsCompensatedOnMonday() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
    }

    @Test
    void thirtiethOfAprilAndFirstOfMay2026AreOffWithoutASwap() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 4))).isTrue();
    }

    @Test
    void quocKhanh2026IsFirstAndSecondOfSeptemberWithMonday31AugustSwappedForSaturday22August() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void yearWithoutAFileStillKeepsItsStatutoryHolidays() {
        assertThat(holidays.covers(2030)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(holidays.holidayName(LocalDate.of(2030, 4, 12))).contains("Giỗ Tổ Hùng Vương");
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isFalse();
    }

    // --- Failing fast -----------------------------------------------------------------------------

    @Test
    void malformedYamlFailsFastNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("holidays-2025.yml"), "year: 2025\nholidays:\n  - date: [not a date\n");
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Malformed holiday file")
                .hasMessageContaining("holidays-2025.yml");
    }

    @Test
    void invalidDateFailsFast(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("holidays-2025.yml"), "year: 2025\nholidays:\n  - date: 2025-02-30\n    name: X\n");
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holidays-2025.yml");
    }

    @Test
    void misspeltKeyFailsFastInsteadOfDroppingTheHoliday(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("holidays-2025.yml"),
                "year: 2025\nholidays:\n  - form: 2025-01-25\n    to: 2025-02-02\n    name: Tết Nguyên đán\n");
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("form");
    }

    @Test
    void rangeEndingBeforeItStartsFailsFast(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("holidays-2025.yml"),
                "year: 2025\nholidays:\n  - from: 2025-02-02\n    to: 2025-01-25\n    name: Tết Nguyên đán\n");
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Tết Nguyên đán");
    }

    @Test
    void entryWithoutANameFailsFast(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("holidays-2025.yml"), "year: 2025\nholidays:\n  - date: 2025-01-01\n");
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no name");
    }

    @Test
    void fileWithoutAYearFailsFast(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("holidays-2025.yml"), "holidays:\n  - date: 2025-01-01\n    name: Tết Dương lịch\n");
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("year");
    }

    @Test
    void dayThatIsBothHolidayAndMakeUpWorkingDayFailsFast(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("holidays-2025.yml"), """
                year: 2025
                holidays:
                  - date: 2025-04-26
                    name: Nghỉ
                makeUpWorkingDays:
                  - date: 2025-04-26
                    name: Làm bù
                """);
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2025-04-26");
    }

    @Test
    void missingHolidayFilesFailFast(@TempDir Path dir) {
        assertThatThrownBy(() -> new HolidayCalendar(pattern(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No holiday file matches");
    }

    @Test
    void loadsEveryFileMatchingThePattern(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("holidays-2030.yml"),
                "year: 2030\nholidays:\n  - date: 2030-01-01\n    name: Tết Dương lịch\n");
        Files.writeString(
                dir.resolve("holidays-2031.yml"),
                "year: 2031\nholidays:\n  - date: 2031-01-01\n    name: Tết Dương lịch\n");
        HolidayCalendar loaded = new HolidayCalendar(pattern(dir));
        assertThat(loaded.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(loaded.isHoliday(LocalDate.of(2031, 1, 1))).isTrue();
    }

    private static String pattern(Path dir) {
        return dir.toUri() + "holidays-*.yml";
    }
}
