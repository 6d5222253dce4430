package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The public holidays the law itself fixes for every year, so that no year is ever counted with weekends only.
 *
 * <p>Two parts, because the law leaves part of the calendar to a yearly decision:
 * <ul>
 * <li>{@link #fixed}: the days whose date the Labour Code 2019, Art. 112(1) names outright (Tết Dương lịch 1/1,
 * Ngày Chiến thắng 30/4, Quốc tế lao động 1/5, Quốc khánh 2/9, Giỗ Tổ Hùng Vương 10/3 lunar), each with the
 * compensatory day of Art. 111(3) when it falls on a Saturday or Sunday. These hold in every year, decided or not:
 * the files of 2024-2026 agree (Giỗ Tổ on Sunday 26/4/2026 was compensated on Monday 27/4).</li>
 * <li>{@link #undecided}: the days the Prime Minister fixes each year (Art. 112(3): which five days make up Tết Âm
 * lịch, and whether the day next to 2/9 is 1/9 or 3/9), estimated so that a due date never falls on a day that may
 * turn out to be off. Once a year's decision is in its file, the file replaces this estimate.</li>
 * </ul>
 *
 * <p>The Labour Code 2019 is in force from 1 January 2021 (Art. 220); earlier years get no statutory days here.
 */
final class StatutoryHolidays {

    /** The first year of the Labour Code 2019 (Art. 220), whose Art. 112 this class applies. */
    static final int FIRST_YEAR = 2021;

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String VICTORY = "Ngày Chiến thắng";
    static final String LABOUR = "Ngày Quốc tế lao động";
    static final String NATIONAL_DAY = "Quốc khánh";
    static final String NATIONAL_DAY_ADJACENT = "Quốc khánh, ngày liền kề (chưa có quyết định: 1/9 hoặc 3/9)";
    static final String TET_RESERVE = "Dự phòng nghỉ bù Tết Nguyên đán (chưa có quyết định)";
    static final String COMPENSATION_PREFIX = "Nghỉ bù ";

    private StatutoryHolidays() {}

    /**
     * The holidays of Art. 112(1) with a fixed date, and their compensatory days (Art. 111(3): a holiday on the
     * weekly rest day is taken on the next working day).
     */
    static NavigableMap<LocalDate, String> fixed(int year) {
        if (year < FIRST_YEAR) {
            return Collections.emptyNavigableMap();
        }
        return withCompensation(fixedDates(year));
    }

    /**
     * Every day of the year that is, or may turn out to be, a statutory day off while the Prime Minister's
     * decision is not known: {@link #fixed} plus
     * <ul>
     * <li>Tết Âm lịch (Art. 112(1)(b), 5 days): the last day of the old lunar year and mùng 1 to mùng 4, the span
     * read from the 2024-2026 decisions (whose five Tết weekdays always include it, shifted at most by the
     * compensation of its weekend days). Its days on a Saturday or Sunday are compensated by Art. 111(3) on the
     * weekdays after the span; the decisions of 2024 and 2025 placed one such day before Tết instead (Thursday
     * 8/2/2024, Monday 27/1/2025), so as many weekdays just before the span are reserved too.</li>
     * <li>Quốc khánh (Art. 112(1)(đ), 2/9 and 1/9 or 3/9 as the Prime Minister decides): the days off of both
     * choices, each with its compensation. When 2/9 is a Monday or Sunday both choices give the same days; else the
     * calendar keeps one more day than the decision will, so that a due date never lands on the day chosen.</li>
     * </ul>
     * An estimate can only add days off, never miss one of these, so a due date computed before the decision is
     * never earlier than the one the decision will give; it cannot foresee swaps (hoán đổi) of working days.
     */
    static NavigableMap<LocalDate, String> undecided(int year) {
        if (year < FIRST_YEAR) {
            return Collections.emptyNavigableMap();
        }
        NavigableMap<LocalDate, String> result = new TreeMap<>();
        for (LocalDate adjacent : new LocalDate[] {LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 3)}) {
            NavigableMap<LocalDate, String> days = fixedDates(year);
            LocalDate lastDayOfOldYear = VietnameseLunarCalendar.newYear(year).minusDays(1);
            for (int i = 0; i < 5; i++) {
                days.put(lastDayOfOldYear.plusDays(i), TET);
            }
            days.put(adjacent, NATIONAL_DAY_ADJACENT);
            withCompensation(days).forEach(result::putIfAbsent);
            reserveBeforeTet(lastDayOfOldYear, days).forEach(result::putIfAbsent);
        }
        return Collections.unmodifiableNavigableMap(result);
    }

    private static NavigableMap<LocalDate, String> fixedDates(int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), NEW_YEAR);
        days.put(VietnameseLunarCalendar.toSolar(year, 3, 10), HUNG_KINGS);
        days.put(LocalDate.of(year, 4, 30), VICTORY);
        days.put(LocalDate.of(year, 5, 1), LABOUR);
        days.put(LocalDate.of(year, 9, 2), NATIONAL_DAY);
        return days;
    }

    /** Art. 111(3): each holiday on a weekend moves to the next weekday that is not already a day off. */
    private static NavigableMap<LocalDate, String> withCompensation(NavigableMap<LocalDate, String> holidays) {
        NavigableMap<LocalDate, String> result = new TreeMap<>(holidays);
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate day = holiday.getKey().plusDays(1);
                while (isWeekend(day) || result.containsKey(day)) {
                    day = day.plusDays(1);
                }
                result.put(day, COMPENSATION_PREFIX + baseName(holiday.getValue()));
            }
        }
        return Collections.unmodifiableNavigableMap(result);
    }

    /** As many weekdays right before Tết as the Tết span has weekend days. */
    private static NavigableMap<LocalDate, String> reserveBeforeTet(
            LocalDate tetStart, NavigableMap<LocalDate, String> holidays) {
        long weekendDays = tetStart.datesUntil(tetStart.plusDays(5))
                .filter(StatutoryHolidays::isWeekend)
                .count();
        NavigableMap<LocalDate, String> reserve = new TreeMap<>();
        for (LocalDate day = tetStart.minusDays(1); reserve.size() < weekendDays; day = day.minusDays(1)) {
            if (!isWeekend(day) && !holidays.containsKey(day)) {
                reserve.put(day, TET_RESERVE);
            }
        }
        return reserve;
    }

    private static String baseName(String name) {
        return NATIONAL_DAY_ADJACENT.equals(name) ? NATIONAL_DAY : name;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
