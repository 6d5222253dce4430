package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the astronomical new moons and principal solar terms
 * (trung khí) as seen from the meridian of UTC+7, the time zone Vietnam has reckoned its calendar in since 1968.
 *
 * <p>The rules are those of the traditional calendar: a month begins on the local civil day of a new moon (ngày
 * Sóc); month 11 is the month that contains the December solstice; when 13 months separate two months 11, the first
 * of them without a principal term (the sun's longitude crossing a multiple of 30°) is the leap month and takes the
 * number of the month before it. China applies the same rules at UTC+8, which is why Tết sometimes falls a day (2007,
 * 2030) or a month (1985) apart in the two countries; a library built for the Chinese calendar is therefore not
 * usable here.
 *
 * <p>New moons follow J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49, with the periodic and planetary
 * terms (error well under a minute for this century), converted from dynamical to universal time with the
 * Espenak–Meeus polynomials for ΔT. The sun's apparent longitude uses the shorter series of ch. 25 (about 0.01°,
 * i.e. a quarter of an hour of the sun's motion); a principal term can only be misplaced by it when it falls within
 * minutes of local midnight. The results are checked against the published dates of Tết and Giỗ Tổ Hùng Vương in
 * {@code VietnameseLunarCalendarTest}.
 */
public final class VietnameseLunarCalendar {

    /** Hours east of Greenwich of the meridian the calendar is reckoned for. */
    static final double TIME_ZONE_HOURS = 7;

    private static final double SYNODIC_MONTH = 29.530588861;
    /** Meeus's lunation 0: the new moon of 6 January 2000, as a Julian ephemeris day. */
    private static final double LUNATION_ZERO_JDE = 2451550.09766;

    private static final double J2000 = 2451545.0;
    /** Julian day number of 1970-01-01, so that Julian days and {@link LocalDate#toEpochDay()} convert. */
    private static final long EPOCH_JULIAN_DAY = 2440588;

    private VietnameseLunarCalendar() {}

    /** A day of the lunar calendar; {@code leapMonth} marks the repeated month (tháng nhuận) of a leap year. */
    public record LunarDate(int year, int month, int day, boolean leapMonth) {}

    /** Mùng 1 tháng Giêng: the first day of lunar year {@code lunarYear} (which begins in that Gregorian year). */
    public static LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, false, 1);
    }

    /** The Gregorian date of a day of a regular (not leap) lunar month. */
    public static LocalDate toSolar(int lunarYear, int month, int day) {
        return toSolar(lunarYear, month, false, day);
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException if that month is not in that year (a leap month the year lacks) or has fewer
     *     days
     */
    public static LocalDate toSolar(int lunarYear, int month, boolean leapMonth, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar date " + day + "/" + month + "/" + lunarYear);
        }
        // Months 1-10 of a lunar year lie before the December solstice of the same Gregorian year, 11 and 12 after.
        int window = month >= 11 ? lunarYear + 1 : lunarYear;
        List<Month> months = monthsBefore11(window);
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            if (m.lunarYear() == lunarYear && m.number() == month && m.leap() == leapMonth) {
                long next = i + 1 < months.size() ? months.get(i + 1).firstDay() : month11FirstDay(window);
                if (m.firstDay() + day - 1 >= next) {
                    throw new IllegalArgumentException("Lunar month " + month + "/" + lunarYear + " has "
                            + (next - m.firstDay()) + " days, not " + day);
                }
                return LocalDate.ofEpochDay(m.firstDay() + day - 1);
            }
        }
        throw new IllegalArgumentException(
                "Lunar year " + lunarYear + " has no " + (leapMonth ? "leap " : "") + "month " + month);
    }

    /** The lunar date of a Gregorian date. */
    public static LunarDate fromSolar(LocalDate date) {
        long day = date.toEpochDay();
        int window = day >= month11FirstDay(date.getYear()) ? date.getYear() + 1 : date.getYear();
        Month found = null;
        for (Month m : monthsBefore11(window)) {
            if (m.firstDay() <= day) {
                found = m;
            }
        }
        // Cannot be null: the window starts with the month 11 on or before the date.
        return new LunarDate(found.lunarYear(), found.number(), (int) (day - found.firstDay() + 1), found.leap());
    }

    // --- Months --------------------------------------------------------------------------------------

    /** A lunar month: the epoch day it begins on, its number, whether it is a leap month, its lunar year. */
    private record Month(long firstDay, int number, boolean leap, int lunarYear) {}

    /**
     * The months from month 11 of lunar year {@code year - 1} (the one holding the December solstice of Gregorian
     * {@code year - 1}) up to the month before the next month 11, numbered.
     */
    private static List<Month> monthsBefore11(int year) {
        int first = month11Lunation(year - 1);
        int count = month11Lunation(year) - first;
        int leapAt = count == 13 ? leapMonthOffset(first) : -1;
        List<Month> months = new ArrayList<>(count);
        int number = 10;
        boolean newYearBegun = false;
        for (int i = 0; i < count; i++) {
            boolean leap = i == leapAt;
            if (!leap) {
                number = number % 12 + 1;
                newYearBegun |= number == 1;
            }
            months.add(new Month(newMoonDay(first + i), number, leap, newYearBegun ? year : year - 1));
        }
        return months;
    }

    /**
     * The first of the 12 months after month 11 that holds no principal term; in a leap year exactly one such
     * month exists between the two months 11 for the first one to be found.
     */
    private static int leapMonthOffset(int month11Lunation) {
        int term = principalTermAtStartOf(newMoonDay(month11Lunation + 1));
        for (int i = 1; i < 13; i++) {
            int nextTerm = principalTermAtStartOf(newMoonDay(month11Lunation + i + 1));
            if (nextTerm == term) {
                return i;
            }
            term = nextTerm;
        }
        throw new IllegalStateException("No month without a principal term after lunation " + month11Lunation);
    }

    private static long month11FirstDay(int gregorianYear) {
        return newMoonDay(month11Lunation(gregorianYear));
    }

    /** The lunation whose month contains the December solstice of {@code gregorianYear}. */
    private static int month11Lunation(int gregorianYear) {
        long lastDay = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
        int k = (int) Math.floor((lastDay + EPOCH_JULIAN_DAY - LUNATION_ZERO_JDE) / SYNODIC_MONTH);
        // The mean lunation estimate can be off by one either way from the true new moon.
        while (newMoonDay(k) > lastDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= lastDay) {
            k++;
        }
        // The last new moon of December begins month 11 unless the solstice (270°) came before it.
        return principalTermAtStartOf(newMoonDay(k)) >= 9 ? k - 1 : k;
    }

    /** Which 30° sector (0-11) the sun's longitude is in at local midnight beginning the epoch day. */
    private static int principalTermAtStartOf(long epochDay) {
        double julianDayUt = epochDay + EPOCH_JULIAN_DAY - 0.5 - TIME_ZONE_HOURS / 24;
        return (int) Math.floor(sunLongitude(julianDayUt) / 30);
    }

    // --- Astronomy -----------------------------------------------------------------------------------

    /** The epoch day, in local time, of new moon {@code k} (k = 0 on 6 January 2000). */
    static long newMoonDay(int k) {
        double julianDayUt = newMoonJulianDayUt(k);
        return (long) Math.floor(julianDayUt + 0.5 + TIME_ZONE_HOURS / 24) - EPOCH_JULIAN_DAY;
    }

    /** Meeus ch. 49: the true new moon of lunation {@code k}, in universal time. */
    static double newMoonJulianDayUt(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = LUNATION_ZERO_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double sunAnomaly = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double moonAnomaly = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double latitude = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double node = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double m = sunAnomaly;
        double mp = moonAnomaly;
        double f = latitude;
        double periodic = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(node)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double planetary = 0.000325 * Math.sin(rad(299.77 + 0.107408 * k - 0.009173 * t2))
                + 0.000165 * Math.sin(rad(251.88 + 0.016321 * k))
                + 0.000164 * Math.sin(rad(251.83 + 26.651886 * k))
                + 0.000126 * Math.sin(rad(349.42 + 36.412478 * k))
                + 0.000110 * Math.sin(rad(84.66 + 18.206239 * k))
                + 0.000062 * Math.sin(rad(141.74 + 53.303771 * k))
                + 0.000060 * Math.sin(rad(207.14 + 2.453732 * k))
                + 0.000056 * Math.sin(rad(154.84 + 7.306860 * k))
                + 0.000047 * Math.sin(rad(34.52 + 27.261239 * k))
                + 0.000042 * Math.sin(rad(207.19 + 0.121824 * k))
                + 0.000040 * Math.sin(rad(291.34 + 1.844379 * k))
                + 0.000037 * Math.sin(rad(161.72 + 24.198154 * k))
                + 0.000035 * Math.sin(rad(239.56 + 25.513099 * k))
                + 0.000023 * Math.sin(rad(331.55 + 3.592518 * k));
        double dynamical = jde + periodic + planetary;
        return dynamical - deltaTSeconds(2000 + (dynamical - J2000) / 365.25) / 86400;
    }

    /**
     * TT − UT in seconds (Espenak and Meeus, NASA Five Millennium Canon); about a minute today, enough to move a new
     * moon across local midnight now and then.
     */
    static double deltaTSeconds(double year) {
        double t = year - 2000;
        if (year < 2005) {
            return 63.86
                    + 0.3345 * t
                    - 0.060374 * t * t
                    + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        if (year < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        return -20 + 32 * u * u;
    }

    /** Meeus ch. 25, lower accuracy: the sun's apparent longitude in degrees [0, 360) at a Julian day. */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - J2000) / 36525;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double anomaly = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
                + 0.000289 * Math.sin(3 * anomaly);
        double node = rad(125.04 - 1934.136 * t);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(node);
        double normalised = apparent % 360;
        return normalised < 0 ? normalised + 360 : normalised;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
