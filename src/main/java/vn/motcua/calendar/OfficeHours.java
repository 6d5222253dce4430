package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The office hours of a one-stop desk: a morning and an afternoon working period.
 *
 * <p>Working time, and therefore every legal time limit counted in working days or hours (Decree
 * 61/2018/NĐ-CP, as amended by Decree 107/2021/NĐ-CP), only runs inside these periods. Each unit may set its
 * own hours; {@link #DEFAULT} is the common 08:00–12:00 and 13:00–17:00.
 */
public record OfficeHours(
        LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd) {

    /** 08:00–12:00 and 13:00–17:00: eight working hours a day. */
    public static final OfficeHours DEFAULT =
            new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));

    public OfficeHours {
        Objects.requireNonNull(morningStart, "morningStart");
        Objects.requireNonNull(morningEnd, "morningEnd");
        Objects.requireNonNull(afternoonStart, "afternoonStart");
        Objects.requireNonNull(afternoonEnd, "afternoonEnd");
        // A unit without a lunch break may let the afternoon start when the morning ends, but periods must
        // not be empty or overlap: the calendar walks them in order and would count time twice.
        if (!morningStart.isBefore(morningEnd)
                || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("Office hours must be in order: morning " + morningStart + "–"
                    + morningEnd + ", afternoon " + afternoonStart + "–" + afternoonEnd);
        }
    }

    /** The working time of one full working day, e.g. 8 hours for {@link #DEFAULT}. */
    public Duration workingDay() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }

    /** The working time of {@code days} full working days: how a limit or a share in working days is counted. */
    public Duration workingDays(long days) {
        return workingDay().multipliedBy(days);
    }

    /** The two working periods of a working day, in order. */
    List<Period> periods() {
        return List.of(new Period(morningStart, morningEnd), new Period(afternoonStart, afternoonEnd));
    }

    /** A half-open working period [start, end) of a day. */
    record Period(LocalTime start, LocalTime end) {}
}
