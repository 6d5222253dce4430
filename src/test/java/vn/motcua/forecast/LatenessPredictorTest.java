package vn.motcua.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;

class LatenessPredictorTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final OfficeHours HOURS = OfficeHours.DEFAULT;
    private final LatenessPredictor predictor = new LatenessPredictor(
            new WorkingCalendar(new HolidayCalendar("file:./config/calendar/holidays-*.yml"), VIETNAM));

    private static Instant local(String at) {
        return LocalDateTime.parse(at).atZone(VIETNAM).toInstant();
    }

    private static DepartmentPace pace(double perDay, int handlers) {
        return new DepartmentPace("TC-KH", perDay, handlers, 4);
    }

    @Test
    void aDossierWaitsForThoseDueBeforeItAtTheDepartmentsPace() {
        // Monday 09:00; 9 ahead + itself at 5 a day: two working days, Wednesday 09:00.
        Prediction p = predictor.predict(
                local("2026-05-11T09:00"), local("2026-05-15T17:00"), 9, pace(5, 2), 0, 0, List.of(), HOURS, null);

        assertThat(p.finishAt()).isEqualTo(local("2026-05-13T09:00"));
        assertThat(p.late()).isFalse();
        assertThat(p.reason()).isEqualTo("9 hồ sơ xếp trước, phòng xử lý 5 hồ sơ/ngày");
    }

    @Test
    void aBacklogBeyondTheDueInstantIsPredictedLate() {
        Prediction p = predictor.predict(
                local("2026-05-11T09:00"), local("2026-05-12T17:00"), 12, pace(5, 2), 0, 0, List.of(), HOURS, null);

        assertThat(p.late()).isTrue();
        assertThat(p.queueAhead()).isEqualTo(12);
    }

    @Test
    void weekendsAndHolidaysDoNotCountAsWorkingTime() {
        // Friday 16:00 plus half a working day: Monday 11:00, not Saturday.
        Prediction p = predictor.predict(
                local("2026-05-08T16:00"), local("2026-05-20T17:00"), 0, pace(2, 1), 0, 0, List.of(), HOURS, null);

        assertThat(p.finishAt()).isEqualTo(local("2026-05-11T11:00"));
    }

    @Test
    void theAgenciesStillAheadInTheChainAddTheirShares() {
        Prediction p = predictor.predict(
                local("2026-05-11T08:00"),
                local("2026-05-20T17:00"),
                0,
                pace(1, 1),
                0,
                0,
                List.of(HOURS.workingDays(3), HOURS.workingDays(2)),
                HOURS,
                null);

        // One day here, five for the two agencies after: the sixth working day's end, Monday 17:00.
        assertThat(p.finishAt()).isEqualTo(local("2026-05-18T17:00"));
        assertThat(p.reason()).endsWith(", còn 2 cơ quan xử lý tiếp");
    }

    @Test
    void aDossierWaitingForAVerificationIsWorkedOnceTheAnswerIsExpected() {
        // Nothing ahead at 8 a day: an hour's work, but the answer is expected Thursday 09:00; then its own turn.
        Prediction waiting = predictor.predict(
                local("2026-05-11T09:00"),
                local("2026-05-13T17:00"),
                0,
                pace(8, 2),
                0,
                0,
                List.of(),
                HOURS,
                local("2026-05-14T09:00"));
        Prediction answered = predictor.predict(
                local("2026-05-11T09:00"),
                local("2026-05-13T17:00"),
                0,
                pace(8, 2),
                0,
                0,
                List.of(),
                HOURS,
                local("2026-05-11T08:30"));

        assertThat(waiting.finishAt()).isEqualTo(local("2026-05-14T10:00"));
        assertThat(waiting.late()).isTrue();
        assertThat(waiting.reason())
                .isEqualTo("chờ xác minh đến 14/05/2026 09:00, 0 hồ sơ xếp trước, phòng xử lý 8 hồ sơ/ngày");
        // An answer expected in the past no longer holds the dossier back.
        assertThat(answered.finishAt()).isEqualTo(local("2026-05-11T10:00"));
        assertThat(answered.late()).isFalse();
    }

    @Test
    void aDepartmentWithoutHistoryWorksAtTheDefaultRateOfItsHandlers() {
        assertThat(new DepartmentPace("TC-KH", 0, 3, 4).perDay()).isEqualTo(12);
    }

    @Test
    void aDepartmentWithNobodyToWorkItMakesEveryDossierLate() {
        Prediction p = predictor.predict(
                local("2026-05-11T09:00"), local("2026-06-30T17:00"), 0, pace(0, 0), 0, 0, List.of(), HOURS, null);

        assertThat(p.finishAt()).isNull();
        assertThat(p.late()).isTrue();
        assertThat(p.reason()).isEqualTo("0 hồ sơ xếp trước, phòng không có người xử lý");
    }

    @Test
    void anExtraHandlerForTenDaysShortensTheWait() {
        // 2 handlers doing 4 a day: 2 a person. One more for ten days: 6 a day, 20 dossiers in 3⅓ days, not 5.
        Prediction usual = predictor.predict(
                local("2026-05-11T08:00"), local("2026-05-15T17:00"), 19, pace(4, 2), 0, 0, List.of(), HOURS, null);
        Prediction boosted = predictor.predict(
                local("2026-05-11T08:00"), local("2026-05-15T17:00"), 19, pace(4, 2), 1, 10, List.of(), HOURS, null);

        assertThat(usual.late()).isFalse();
        assertThat(usual.finishAt()).isEqualTo(local("2026-05-15T17:00"));
        assertThat(boosted.finishAt()).isBefore(usual.finishAt());
        assertThat(boosted.reason()).isEqualTo("19 hồ sơ xếp trước, phòng xử lý 6 hồ sơ/ngày");
    }

    @Test
    void afterTheWhatIfEndsTheDepartmentWorksAtItsOwnPaceAgain() {
        // 1 a day usually, 2 a day for 2 days: 4 done, the other 6 at 1 a day: 8 days.
        assertThat(LatenessPredictor.workingDaysFor(10, 2, 2, 1)).isEqualTo(8);
        assertThat(LatenessPredictor.workingDaysFor(3, 2, 2, 1)).isEqualTo(1.5);
        assertThat(LatenessPredictor.workingDaysFor(3, 0, 2, 1)).isEqualTo(5);
        assertThat(LatenessPredictor.workingDaysFor(3, 1, 0, 0)).isInfinite();
    }

    @Test
    void theRateReadsAsTheOfficeWritesIt() {
        assertThat(LatenessPredictor.reason(3, 2.5, 0)).isEqualTo("3 hồ sơ xếp trước, phòng xử lý 2,5 hồ sơ/ngày");
        assertThat(LatenessPredictor.reason(3, 12.4, 0)).isEqualTo("3 hồ sơ xếp trước, phòng xử lý 12 hồ sơ/ngày");
    }

    @Test
    void takingEveryoneAwayStopsTheDepartment() {
        assertThat(pace(4, 2).perDayWith(-2)).isZero();
        assertThat(pace(4, 2).perDayWith(-5)).isZero();
        assertThat(new DepartmentPace("X", 0, 0, 4).perDayWith(1)).isEqualTo(4);
    }
}
