package vn.motcua.calendar;

/**
 * The legal time limit (thời hạn giải quyết) of an administrative procedure.
 *
 * <p>Limits are set per procedure by the law that creates it and published in the national procedure database;
 * they are counted in working days (most procedures), in working hours, or as "same day" (e.g. civil status
 * extracts and certifications under Decree 123/2015/NĐ-CP and Decree 23/2015/NĐ-CP), see
 * {@link WorkingCalendar#dueAt}.
 */
public record TimeLimit(Unit unit, int amount) {

    /** How a limit is counted. */
    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS,
        SAME_DAY
    }

    public TimeLimit {
        if (unit == null) {
            throw new IllegalArgumentException("A time limit needs a unit");
        }
        if (unit == Unit.SAME_DAY ? amount != 0 : amount <= 0) {
            throw new IllegalArgumentException("Invalid time limit: " + amount + " " + unit);
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(Unit.WORKING_DAYS, days);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(Unit.WORKING_HOURS, hours);
    }

    public static TimeLimit sameDay() {
        return new TimeLimit(Unit.SAME_DAY, 0);
    }

    /** The limit as printed on a receipt, e.g. "3 ngày làm việc", "8 giờ làm việc", "Trong ngày". */
    public String description() {
        return switch (unit) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case SAME_DAY -> "Trong ngày";
        };
    }

    @Override
    public String toString() {
        return description();
    }
}
