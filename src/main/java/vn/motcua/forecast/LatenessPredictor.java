package vn.motcua.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Predicts when a dossier in handling will be ready (docs/forecast.md). The department that holds it works its
 * dossiers earliest due first, so this one waits for those due before it and then takes its own turn, at the
 * department's recent pace; the agencies still ahead in its chain then take their shares of the limit. A dossier whose
 * handler waits for a verification is worked once the answer is expected, if its turn has not come later anyway. All
 * time is working time of the dossier's unit, counted by the {@link WorkingCalendar}.
 *
 * <p>No state and no database: everything it needs is given, so the live board, the what-if and the year's
 * replay all predict the same way.
 */
public final class LatenessPredictor {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final WorkingCalendar calendar;

    public LatenessPredictor(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param now the instant of the prediction
     * @param dueAt the dossier's due instant
     * @param queueAhead dossiers at the same department due before it
     * @param pace the department's pace
     * @param extraHandlers people added to the department (negative: taken) for {@code boostDays} working days
     * @param boostDays how long the what-if lasts; afterwards the department works at its own pace again
     * @param stepsAhead the working time of each agency still to come, in order
     * @param hours the office hours of the dossier's unit
     * @param awaitedUntil when the answer its handler waits for is expected (chờ xác minh), or {@code null}
     */
    public Prediction predict(
            Instant now,
            Instant dueAt,
            int queueAhead,
            DepartmentPace pace,
            int extraHandlers,
            int boostDays,
            List<Duration> stepsAhead,
            OfficeHours hours,
            Instant awaitedUntil) {
        double usual = pace.perDay();
        double boosted = boostDays > 0 ? pace.perDayWith(extraHandlers) : usual;
        String reason = reason(queueAhead, boosted, stepsAhead.size());
        boolean waiting = awaitedUntil != null && awaitedUntil.isAfter(now);
        if (waiting) {
            reason = "chờ xác minh đến " + DAY_AND_TIME.format(awaitedUntil.atZone(calendar.zone())) + ", " + reason;
        }
        double daysHere = workingDaysFor(queueAhead + 1, boosted, boostDays, usual);
        if (Double.isInfinite(daysHere)) {
            return new Prediction(null, true, queueAhead, boosted, stepsAhead.size(), reason);
        }
        Instant finishAt = finish(now, daysHere, stepsAhead, hours);
        if (waiting) {
            // Once the answer is in, the dossier is due soonest of its department's queue, or nearly: its own turn.
            Instant afterAnswer = finish(awaitedUntil, workingDaysFor(1, boosted, boostDays, usual), stepsAhead, hours);
            if (afterAnswer.isAfter(finishAt)) {
                finishAt = afterAnswer;
            }
        }
        return new Prediction(finishAt, finishAt.isAfter(dueAt), queueAhead, boosted, stepsAhead.size(), reason);
    }

    /** {@code daysHere} working days at the department from {@code from}, then the agencies still ahead. */
    private Instant finish(Instant from, double daysHere, List<Duration> stepsAhead, OfficeHours hours) {
        Duration remaining =
                Duration.ofSeconds(Math.round(daysHere * hours.workingDay().toSeconds()));
        for (Duration step : stepsAhead) {
            remaining = remaining.plus(step);
        }
        return calendar.addWorkingTime(calendar.receptionInstant(from, hours), remaining, hours);
    }

    /**
     * Working days to clear {@code dossiers} at {@code boosted} a day for the first {@code boostDays} days and at
     * {@code usual} after; infinite if the pace that would have to finish them is nil.
     */
    static double workingDaysFor(int dossiers, double boosted, int boostDays, double usual) {
        double inBoost = boostDays > 0 ? boosted * boostDays : 0;
        if (boostDays > 0 && boosted > 0 && dossiers <= inBoost) {
            return dossiers / boosted;
        }
        double left = dossiers - inBoost;
        if (usual <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, boostDays) + left / usual;
    }

    /** "12 hồ sơ xếp trước, phòng xử lý 5 hồ sơ/ngày", and the steps after it when there are any. */
    static String reason(int queueAhead, double perDay, int stepsAhead) {
        StringBuilder line = new StringBuilder();
        line.append(queueAhead).append(" hồ sơ xếp trước, ");
        if (perDay <= 0) {
            line.append("phòng không có người xử lý");
        } else {
            line.append("phòng xử lý ").append(rate(perDay)).append(" hồ sơ/ngày");
        }
        if (stepsAhead > 0) {
            line.append(", còn ").append(stepsAhead).append(" cơ quan xử lý tiếp");
        }
        return line.toString();
    }

    /** One decimal below ten a day, whole numbers above: "0,5", "2,5", "12". */
    private static String rate(double perDay) {
        if (perDay >= 10 || perDay == Math.rint(perDay)) {
            return String.valueOf(Math.round(perDay));
        }
        return String.format(Locale.forLanguageTag("vi"), "%.1f", perDay);
    }
}
