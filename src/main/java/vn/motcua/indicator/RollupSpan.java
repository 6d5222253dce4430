package vn.motcua.indicator;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A run of dates read from the rollup at the coarsest level that fits: the whole calendar months inside it from
 * {@code indicator_rollup_month}, the days before and after them from {@code indicator_rollup}. A year is then about
 * 12 × 300 month rows plus two edges of days, instead of 365 × 300 day rows, with the same sums (each month row is
 * the sum of its day rows, both moved by the same step).
 *
 * @param headFrom first day read day by day, or {@code null}
 * @param headTo last day of that head
 * @param monthFrom first whole month ({@link #month}), or {@code null} when the run holds none
 * @param monthTo last whole month
 * @param tailFrom first day after the whole months read day by day, or {@code null}
 * @param tailTo last day of that tail
 */
record RollupSpan(
        LocalDate headFrom,
        LocalDate headTo,
        Integer monthFrom,
        Integer monthTo,
        LocalDate tailFrom,
        LocalDate tailTo) {

    /** The dates from {@code from} to {@code to}, both included. */
    static RollupSpan of(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfMonth() == 1
                ? from
                : YearMonth.from(from).plusMonths(1).atDay(1);
        LocalDate lastWhole = to.equals(YearMonth.from(to).atEndOfMonth())
                ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWhole)) {
            return new RollupSpan(from, to, null, null, null, null);
        }
        return new RollupSpan(
                from.isBefore(firstWhole) ? from : null,
                firstWhole.minusDays(1),
                month(firstWhole),
                month(lastWhole),
                lastWhole.isBefore(to) ? lastWhole.plusDays(1) : null,
                to);
    }

    /** The key of a month row: year × 100 + month, as V10 wrote it. */
    static int month(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }
}
