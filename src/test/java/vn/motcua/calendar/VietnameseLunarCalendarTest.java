package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.VietnameseLunarCalendar.LunarDate;

/**
 * The lunar calendar against published dates.
 *
 * <p>The 2000-2035 tables are those of the Python {@code holidays} library (vacanza/holidays,
 * {@code holidays/calendars/chinese.py}: {@code LUNAR_NEW_YEAR_DATES} and {@code HUNG_KINGS_DATES} with the
 * Vietnamese exceptions of {@code VIETNAMESE_CALENDAR_*}), which agree with the Tết and Giỗ Tổ dates announced for
 * 2024-2027. The years where Vietnam and China differ (1985, 2007, 2030 for Tết; 2009 for Giỗ Tổ) are the ones
 * that prove the computation is done for UTC+7.
 */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "mùng 1 Tết {0} is {1}")
    @CsvSource({"2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06"})
    void tetFallsOnTheAnnouncedDay(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10)).isEqualTo(expected);
    }

    @Test
    void lunarNewYearMatchesThePublishedTableFrom2000To2035() {
        Map<Integer, LocalDate> computed = new TreeMap<>();
        for (int year = 2000; year <= 2035; year++) {
            computed.put(year, VietnameseLunarCalendar.newYear(year));
        }
        assertThat(computed).isEqualTo(PUBLISHED_TET);
    }

    @Test
    void hungKingsDayMatchesThePublishedTableFrom2000To2035() {
        Map<Integer, LocalDate> computed = new TreeMap<>();
        for (int year = 2000; year <= 2035; year++) {
            computed.put(year, VietnameseLunarCalendar.toSolar(year, 3, 10));
        }
        assertThat(computed).isEqualTo(PUBLISHED_HUNG_KINGS);
    }

    @Test
    void vietnameseNewYearDiffersFromChinaWhereTheTimeZoneMatters() {
        // At UTC+8 these are 20/02/1985, 18/02/2007 and 03/02/2030.
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(VietnameseLunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @Test
    void solarToLunarAndBackAgreeEveryDayFrom2020To2036() {
        for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() < 2037; day = day.plusDays(1)) {
            LunarDate lunar = VietnameseLunarCalendar.fromSolar(day);
            assertThat(VietnameseLunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.leapMonth(), lunar.day()))
                    .as("%s is %s", day, lunar)
                    .isEqualTo(day);
        }
    }

    @Test
    void yearOfTheHorseEndsOn29ChapWithoutA30Tet() {
        // 5/2/2027 is the last day of Bính Ngọ, the first of the default five Tết days: its Chạp has 29 days.
        assertThat(VietnameseLunarCalendar.fromSolar(LocalDate.of(2027, 2, 5)))
                .isEqualTo(new LunarDate(2026, 12, 29, false));
        assertThat(VietnameseLunarCalendar.fromSolar(LocalDate.of(2027, 2, 6)))
                .isEqualTo(new LunarDate(2027, 1, 1, false));
    }

    @Test
    void leapMonthIsFoundAndNumberedAfterTheMonthItRepeats() {
        // 2025 (Ất Tỵ) has a leap sixth month: 25/7/2025 to 22/8/2025.
        assertThat(VietnameseLunarCalendar.fromSolar(LocalDate.of(2025, 7, 25)))
                .isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(VietnameseLunarCalendar.toSolar(2025, 6, true, 1)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(VietnameseLunarCalendar.toSolar(2025, 7, 1)).isEqualTo(LocalDate.of(2025, 8, 23));
    }

    @Test
    void aLeapMonthTheYearLacksIsRefused() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2026, 6, true, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no leap month 6");
    }

    private static final Map<Integer, LocalDate> PUBLISHED_TET = table("""
            2000-02-05 2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2007-02-17 2008-02-07
            2009-01-26 2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 2016-02-08 2017-01-28
            2018-02-16 2019-02-05 2020-01-25 2021-02-12 2022-02-01 2023-01-22 2024-02-10 2025-01-29 2026-02-17
            2027-02-06 2028-01-26 2029-02-13 2030-02-02 2031-01-23 2032-02-11 2033-01-31 2034-02-19 2035-02-08
            """);

    private static final Map<Integer, LocalDate> PUBLISHED_HUNG_KINGS = table("""
            2000-04-14 2001-04-03 2002-04-22 2003-04-11 2004-04-28 2005-04-18 2006-04-07 2007-04-26 2008-04-15
            2009-04-04 2010-04-23 2011-04-12 2012-03-31 2013-04-19 2014-04-09 2015-04-28 2016-04-16 2017-04-06
            2018-04-25 2019-04-14 2020-04-02 2021-04-21 2022-04-10 2023-04-29 2024-04-18 2025-04-07 2026-04-26
            2027-04-16 2028-04-04 2029-04-23 2030-04-12 2031-04-01 2032-04-19 2033-04-09 2034-04-28 2035-04-17
            """);

    private static Map<Integer, LocalDate> table(String dates) {
        Map<Integer, LocalDate> byYear = new TreeMap<>();
        for (String date : dates.trim().split("\\s+")) {
            LocalDate day = LocalDate.parse(date);
            byYear.put(day.getYear(), day);
        }
        return byYear;
    }
}
