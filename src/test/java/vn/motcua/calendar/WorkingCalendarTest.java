package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.local;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final OfficeHours HOURS = OfficeHours.DEFAULT;

    private static final WorkingCalendar calendar = CalendarFixtures.realCalendar();

    // --- Working days -----------------------------------------------------------------------------

    @Test
    void weekdayIsAWorkingDayAndWeekendIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 7))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
    }

    @Test
    void publicHolidayOnAWeekdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();
    }

    @Test
    void saturdayTwentySixthOfApril2025IsAMakeUpWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    }

    // --- Due dates in working days ----------------------------------------------------------------

    @Test
    void threeWorkingDaysFromFridayMorningAreDueWednesdayAtTheSameTime() {
        assertThat(calendar.dueAt(local("2025-03-07T10:00"), TimeLimit.workingDays(3), HOURS))
                .isEqualTo(OffsetDateTime.parse("2025-03-12T10:00:00+07:00").toInstant());
    }

    @Test
    void weekendIsSkippedWhenCountingWorkingDays() {
        // Thursday + 2 working days: Friday, then the weekend does not count, so Monday.
        assertThat(calendar.dueAt(local("2025-03-06T14:00"), TimeLimit.workingDays(2), HOURS))
                .isEqualTo(local("2025-03-10T14:00"));
    }

    @Test
    void dossierAcceptedBeforeTetIsDueAfterTheTetHoliday() {
        assertThat(calendar.dueAt(local("2025-01-24T10:00"), TimeLimit.workingDays(3), HOURS))
                .isEqualTo(local("2025-02-05T10:00"));
    }

    @Test
    void thirtiethOfAprilToSecondOfMay2025AreNotCounted() {
        assertThat(calendar.dueAt(local("2025-04-29T10:00"), TimeLimit.workingDays(3), HOURS))
                .isEqualTo(local("2025-05-07T10:00"));
    }

    @Test
    void makeUpSaturdayCountsAsAWorkingDay() {
        // Friday 25 April 2025 + 1 working day lands on the make-up Saturday 26 April, not on Tuesday 29.
        assertThat(calendar.dueAt(local("2025-04-25T10:00"), TimeLimit.workingDays(1), HOURS))
                .isEqualTo(local("2025-04-26T10:00"));
    }

    @Test
    void budgetEndingWithAPeriodIsDueAtThatPeriodsEndNotAtTheNextStart() {
        assertThat(calendar.dueAt(local("2025-03-10T08:00"), TimeLimit.workingDays(1), HOURS))
                .isEqualTo(local("2025-03-10T17:00"));
    }

    @Test
    void supplementedDossierRestartsTheFullLimitFromItsNewReceipt() {
        assertThat(calendar.dueAt(local("2025-03-10T09:00"), TimeLimit.workingDays(3), HOURS))
                .isEqualTo(local("2025-03-13T09:00"));
    }

    @Test
    void workingHoursSkipTheLunchBreakAndTheNight() {
        // 11:00 + 4 h: 1 h to noon, 3 h from 13:00 → 16:00; + 8 h from 11:00 → next day 11:00.
        assertThat(calendar.dueAt(local("2025-03-05T11:00"), TimeLimit.workingHours(4), HOURS))
                .isEqualTo(local("2025-03-05T16:00"));
        assertThat(calendar.dueAt(local("2025-03-05T11:00"), TimeLimit.workingHours(8), HOURS))
                .isEqualTo(local("2025-03-06T11:00"));
    }

    @Test
    void workingDaysFollowTheUnitsOwnOfficeHours() {
        OfficeHours shortDay =
                new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(16, 30));
        // 7 working hours a day: from Monday 07:30, one day ends Monday 16:30.
        assertThat(calendar.dueAt(local("2025-03-10T07:30"), TimeLimit.workingDays(1), shortDay))
                .isEqualTo(local("2025-03-10T16:30"));
    }

    // --- Same-day procedures ----------------------------------------------------------------------

    @Test
    void sameDayDossierReceivedBeforeThreePmIsDueAtTheEndOfThatDay() {
        assertThat(calendar.dueAt(local("2025-03-05T09:00"), TimeLimit.sameDay(), HOURS))
                .isEqualTo(local("2025-03-05T17:00"));
    }

    @Test
    void sameDayDossierReceivedAtExactlyThreePmIsStillDueThatDay() {
        assertThat(calendar.dueAt(local("2025-03-05T15:00"), TimeLimit.sameDay(), HOURS))
                .isEqualTo(local("2025-03-05T17:00"));
    }

    @Test
    void dossierReceivedAfterThreePmIsDueNextWorkingDay() {
        assertThat(calendar.dueAt(local("2025-03-05T15:30"), TimeLimit.sameDay(), HOURS))
                .isEqualTo(local("2025-03-06T17:00"));
    }

    @Test
    void sameDayDossierReceivedFridayAfterThreePmIsDueMonday() {
        assertThat(calendar.dueAt(local("2025-03-07T16:00"), TimeLimit.sameDay(), HOURS))
                .isEqualTo(local("2025-03-10T17:00"));
    }

    @Test
    void sameDayDossierSubmittedOnlineAtNightIsDueAtTheEndOfTheNextWorkingDay() {
        assertThat(calendar.dueAt(local("2025-03-05T22:00"), TimeLimit.sameDay(), HOURS))
                .isEqualTo(local("2025-03-06T17:00"));
    }

    // --- Reception outside office hours -----------------------------------------------------------

    @Test
    void dossierArrivingInsideOfficeHoursIsReceivedOnArrival() {
        assertThat(calendar.receptionInstant(local("2025-03-05T10:17"), HOURS)).isEqualTo(local("2025-03-05T10:17"));
    }

    @Test
    void onlineDossierAtTenPmIsReceivedAtEightNextWorkingDay() {
        assertThat(calendar.receptionInstant(local("2025-03-05T22:00"), HOURS)).isEqualTo(local("2025-03-06T08:00"));
    }

    @Test
    void dossierArrivingBeforeOpeningIsReceivedAtOpening() {
        assertThat(calendar.receptionInstant(local("2025-03-05T06:45"), HOURS)).isEqualTo(local("2025-03-05T08:00"));
    }

    @Test
    void dossierArrivingDuringTheLunchBreakIsReceivedAtOnePm() {
        assertThat(calendar.receptionInstant(local("2025-03-05T12:00"), HOURS)).isEqualTo(local("2025-03-05T13:00"));
        assertThat(calendar.receptionInstant(local("2025-03-05T12:30"), HOURS)).isEqualTo(local("2025-03-05T13:00"));
    }

    @Test
    void dossierArrivingOnFridayEveningIsReceivedMondayMorning() {
        assertThat(calendar.receptionInstant(local("2025-03-07T17:00"), HOURS)).isEqualTo(local("2025-03-10T08:00"));
    }

    @Test
    void dossierArrivingOnAHolidayIsReceivedAtEightNextWorkingDay() {
        // Giỗ Tổ Hùng Vương, Monday 7 April 2025.
        assertThat(calendar.receptionInstant(local("2025-04-07T10:00"), HOURS)).isEqualTo(local("2025-04-08T08:00"));
    }

    @Test
    void dueDateCountsFromTheReceptionInstantNotTheArrival() {
        // Arrived Saturday night online: received Monday 08:00, so 1 working day ends Monday 17:00.
        assertThat(calendar.dueAt(local("2025-03-08T21:00"), TimeLimit.workingDays(1), HOURS))
                .isEqualTo(local("2025-03-10T17:00"));
    }

    // --- Adding and subtracting working time ------------------------------------------------------

    @Test
    void apologyPointIsOneWorkingDayBeforeTheDueInstant() {
        assertThat(calendar.subtractWorkingTime(local("2025-03-06T09:00"), Duration.ofHours(8), HOURS))
                .isEqualTo(local("2025-03-05T09:00"));
    }

    @Test
    void subtractingAcrossAWeekendAndAHolidaySkipsThem() {
        // Tuesday 8 April 2025 09:00 minus 1 working day: Monday 7 April is Giỗ Tổ, then the weekend → Friday.
        assertThat(calendar.subtractWorkingTime(local("2025-04-08T09:00"), Duration.ofHours(8), HOURS))
                .isEqualTo(local("2025-04-04T09:00"));
    }

    @Test
    void subtractingABudgetEndingWithAPeriodStopsAtThatPeriodsStart() {
        assertThat(calendar.subtractWorkingTime(local("2025-03-10T17:00"), Duration.ofHours(8), HOURS))
                .isEqualTo(local("2025-03-10T08:00"));
    }

    @Test
    void addingThenSubtractingTheSameWorkingTimeReturnsToTheStart() {
        var start = local("2025-01-23T14:20");
        var later = calendar.addWorkingTime(start, Duration.ofHours(29), HOURS);
        assertThat(calendar.subtractWorkingTime(later, Duration.ofHours(29), HOURS))
                .isEqualTo(start);
        assertThat(calendar.workingTimeBetween(start, later, HOURS)).isEqualTo(Duration.ofHours(29));
    }

    @Test
    void addingANegativeAmountSubtracts() {
        assertThat(calendar.addWorkingTime(local("2025-03-06T09:00"), Duration.ofHours(-8), HOURS))
                .isEqualTo(local("2025-03-05T09:00"));
    }

    // --- Working time between instants and lateness -----------------------------------------------

    @Test
    void workingTimeBetweenCountsOnlyOfficeHoursOnWorkingDays() {
        assertThat(calendar.workingTimeBetween(local("2025-03-07T16:00"), local("2025-03-10T09:30"), HOURS))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void workingTimeBetweenIsNegativeWhenTheEndIsBeforeTheStart() {
        assertThat(calendar.workingTimeBetween(local("2025-03-10T09:30"), local("2025-03-07T16:00"), HOURS))
                .isEqualTo(Duration.ofMinutes(-150));
    }

    @Test
    void dossierFinishedByItsDueInstantIsNotLate() {
        assertThat(calendar.workingDaysLate(local("2025-03-12T10:00"), local("2025-03-12T10:00"), HOURS))
                .isZero();
        assertThat(calendar.workingDaysLate(local("2025-03-12T10:00"), local("2025-03-11T16:00"), HOURS))
                .isZero();
    }

    @Test
    void anyWorkingTimePastDueCountsAsAWholeLateDay() {
        assertThat(calendar.workingDaysLate(local("2025-03-12T10:00"), local("2025-03-12T10:01"), HOURS))
                .isEqualTo(1);
        assertThat(calendar.workingDaysLate(local("2025-03-12T10:00"), local("2025-03-13T10:00"), HOURS))
                .isEqualTo(1);
        assertThat(calendar.workingDaysLate(local("2025-03-12T10:00"), local("2025-03-13T10:01"), HOURS))
                .isEqualTo(2);
    }

    @Test
    void daysLateDoNotCountTheWeekend() {
        // Due Friday 17:00, result Monday 17:00: one working day late, not three.
        assertThat(calendar.workingDaysLate(local("2025-03-07T17:00"), local("2025-03-10T17:00"), HOURS))
                .isEqualTo(1);
    }

    @Test
    void resultReadyAfterTheDueInstantOutsideOfficeHoursIsOneDayLate() {
        assertThat(calendar.workingDaysLate(local("2025-03-07T17:00"), local("2025-03-08T10:00"), HOURS))
                .isEqualTo(1);
    }
}
