package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar: the one place where the app and the process engine turn legal time limits into
 * instants.
 *
 * <p>Rules and their sources:
 * <ul>
 * <li>Working days are Monday to Friday, except public holidays, plus the make-up working days the government
 * swaps in (Labour Code 2019, Art. 111–112; yearly Prime Minister decisions, see {@link HolidayCalendar}). The
 * statutory holidays are computed for every year, so the calendar never runs out; a year without its decision is
 * reported by {@link #undecidedYears}.</li>
 * <li>Time limits run from the receipt of a complete dossier (Decree 61/2018/NĐ-CP, as amended by Decree
 * 107/2021/NĐ-CP) and are counted in working time only, period by period.</li>
 * <li>A dossier that arrives outside office hours (online at night, on a weekend or holiday, during lunch)
 * counts as received at the start of the next working period: no working time can elapse before then.</li>
 * <li>Same-day procedures: "Trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả
 * trong ngày làm việc tiếp theo" (civil status, Decree 123/2015/NĐ-CP; the same 15:00 rule for
 * certifications in Decree 23/2015/NĐ-CP, Art. 7).</li>
 * </ul>
 *
 * <p>All arithmetic is done in the office's local time ({@code motcua.time-zone}, default Asia/Ho_Chi_Minh).
 */
@Service
public class WorkingCalendar {

    /** Received after this local time, a same-day dossier is due the next working day (Decree 123/2015/NĐ-CP). */
    static final LocalTime SAME_DAY_CUT_OFF = LocalTime.of(15, 0);

    /** No real year passes without a working day; a longer gap means the holiday files are wrong. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final HolidayCalendar holidays;
    private final ZoneId zone;

    public WorkingCalendar(HolidayCalendar holidays, @Value("${motcua.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The office's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Whether the government's holiday decision for this year is loaded. Without it the calendar still never
     * counts a statutory holiday (Labour Code 2019, Art. 112(1)) as a working day, but it keeps both candidate days
     * where the Prime Minister has yet to choose (Art. 112(3)) and cannot know of swaps, so a due date in such a year
     * may move once the decision arrives: the dossier's timeline ("lịch nghỉ năm 2027 chưa có quyết định hoán
     * đổi") and the admin page say so.
     */
    public boolean isDecided(int year) {
        return holidays.isDecided(year);
    }

    /** The years between two dates (inclusive, either order) whose holiday decision is not loaded, in order. */
    public Set<Integer> undecidedYears(LocalDate from, LocalDate to) {
        return holidays.undecidedYears(from, to);
    }

    /** Monday to Friday unless a holiday, or a make-up working day (a Saturday the government swapped in). */
    public boolean isWorkingDay(LocalDate date) {
        if (holidays.isMakeUpWorkingDay(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /**
     * When a dossier counts as received: the arrival itself inside office hours, otherwise the start of the next
     * working period (a dossier submitted online at 22:00 is received at 08:00 on the next working day).
     */
    public Instant receptionInstant(Instant arrival, OfficeHours hours) {
        return toInstant(nextWorkingMoment(local(arrival), hours));
    }

    /**
     * The appointment date of a dossier received at {@code received} with the procedure's legal time limit.
     *
     * <p>Working days and hours are added as working time from the reception instant (N days = N full working
     * days of the given office hours), so a dossier received Friday 10:00 with 3 working days is due Wednesday
     * 10:00. A same-day dossier received by 15:00 is due at the end of that day's office hours, after 15:00 at
     * the end of the next working day (Decree 123/2015/NĐ-CP).
     */
    public Instant dueAt(Instant received, TimeLimit limit, OfficeHours hours) {
        LocalDateTime reception = nextWorkingMoment(local(received), hours);
        return switch (limit.unit()) {
            case WORKING_DAYS -> toInstant(add(reception, hours.workingDay().multipliedBy(limit.amount()), hours));
            case WORKING_HOURS -> toInstant(add(reception, Duration.ofHours(limit.amount()), hours));
            case SAME_DAY -> {
                LocalDate day = reception.toLocalDate();
                if (reception.toLocalTime().isAfter(SAME_DAY_CUT_OFF)) {
                    day = nextWorkingDay(day);
                }
                yield toInstant(day.atTime(hours.afternoonEnd()));
            }
        };
    }

    /**
     * {@code from} plus an amount of working time. If the amount runs out exactly at the end of a period, the
     * result is that end (Monday 08:00 plus 8 hours is Monday 17:00, not Tuesday 08:00). A negative amount
     * subtracts.
     */
    public Instant addWorkingTime(Instant from, Duration amount, OfficeHours hours) {
        if (amount.isNegative()) {
            return subtractWorkingTime(from, amount.negated(), hours);
        }
        if (amount.isZero()) {
            return from;
        }
        return toInstant(add(local(from), amount, hours));
    }

    /**
     * {@code from} minus an amount of working time, e.g. the point one working day before a due date at which
     * a late department must send its apology (Decree 61/2018/NĐ-CP as amended; "no later than 1 day
     * before the deadline", exact article still to confirm). If the amount runs out
     * exactly at the start of a period, the result is that start. A negative amount adds.
     */
    public Instant subtractWorkingTime(Instant from, Duration amount, OfficeHours hours) {
        if (amount.isNegative()) {
            return addWorkingTime(from, amount.negated(), hours);
        }
        if (amount.isZero()) {
            return from;
        }
        return toInstant(subtract(local(from), amount, hours));
    }

    /** The working time between two instants; negative if {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to, OfficeHours hours) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from, hours).negated();
        }
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            for (OfficeHours.Period period : periodsOf(day, hours)) {
                LocalDateTime periodStart = max(day.atTime(period.start()), start);
                LocalDateTime periodEnd = min(day.atTime(period.end()), end);
                if (periodStart.isBefore(periodEnd)) {
                    total = total.plus(Duration.between(periodStart, periodEnd));
                }
            }
        }
        return total;
    }

    /**
     * How many working days a dossier is late (số ngày trễ hạn): the working time past {@code due}, in working
     * days rounded up; 0 if {@code now} is not after {@code due}. A dossier past its due instant is late even if
     * no working time has passed since (a result ready at 17:05 on the due day), so it counts as at least 1.
     */
    public int workingDaysLate(Instant due, Instant now, OfficeHours hours) {
        if (!now.isAfter(due)) {
            return 0;
        }
        long late = workingTimeBetween(due, now, hours).toSeconds();
        long day = hours.workingDay().toSeconds();
        return (int) Math.max(1, (late + day - 1) / day);
    }

    private LocalDateTime add(LocalDateTime from, Duration amount, OfficeHours hours) {
        Duration remaining = amount;
        int daysWithoutWork = 0;
        for (LocalDate day = from.toLocalDate(); ; day = day.plusDays(1)) {
            List<OfficeHours.Period> periods = periodsOf(day, hours);
            daysWithoutWork = periods.isEmpty() ? daysWithoutWork + 1 : 0;
            if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
                throw noWorkingDay(from);
            }
            for (OfficeHours.Period period : periods) {
                LocalDateTime end = day.atTime(period.end());
                if (!end.isAfter(from)) {
                    continue;
                }
                LocalDateTime start = max(day.atTime(period.start()), from);
                Duration available = Duration.between(start, end);
                // "<=": a budget that ends exactly with a period ends there, not at the next period's start.
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    private LocalDateTime subtract(LocalDateTime from, Duration amount, OfficeHours hours) {
        Duration remaining = amount;
        int daysWithoutWork = 0;
        for (LocalDate day = from.toLocalDate(); ; day = day.minusDays(1)) {
            List<OfficeHours.Period> periods = periodsOf(day, hours);
            daysWithoutWork = periods.isEmpty() ? daysWithoutWork + 1 : 0;
            if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
                throw noWorkingDay(from);
            }
            for (int p = periods.size() - 1; p >= 0; p--) {
                OfficeHours.Period period = periods.get(p);
                LocalDateTime start = day.atTime(period.start());
                if (!start.isBefore(from)) {
                    continue;
                }
                LocalDateTime end = min(day.atTime(period.end()), from);
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return end.minus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /** {@code at} itself if inside a working period, else the start of the next one. */
    private LocalDateTime nextWorkingMoment(LocalDateTime at, OfficeHours hours) {
        LocalDate day = at.toLocalDate();
        for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, day = day.plusDays(1)) {
            for (OfficeHours.Period period : periodsOf(day, hours)) {
                LocalDateTime start = day.atTime(period.start());
                LocalDateTime end = day.atTime(period.end());
                if (at.isBefore(end)) {
                    return max(start, at);
                }
            }
        }
        throw noWorkingDay(at);
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw noWorkingDay(after.atStartOfDay());
    }

    private List<OfficeHours.Period> periodsOf(LocalDate day, OfficeHours hours) {
        return isWorkingDay(day) ? hours.periods() : List.of();
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private Instant toInstant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static IllegalStateException noWorkingDay(LocalDateTime from) {
        return new IllegalStateException(
                "No working day within a year of " + from + ": check the holiday files in config/calendar/");
    }
}
