package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void defaultOfficeHoursGiveEightWorkingHoursADay() {
        assertThat(OfficeHours.DEFAULT.workingDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void officeHoursOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new OfficeHours(
                        LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(11, 0), LocalTime.of(17, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficeHours(
                        LocalTime.of(12, 0), LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(17, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officeHoursWithoutALunchBreakAreAllowed() {
        OfficeHours continuous =
                new OfficeHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(12, 0), LocalTime.of(16, 0));
        assertThat(continuous.workingDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void timeLimitIsDescribedInVietnamese() {
        assertThat(TimeLimit.workingDays(3)).hasToString("3 ngày làm việc");
        assertThat(TimeLimit.workingHours(8).description()).isEqualTo("8 giờ làm việc");
        assertThat(TimeLimit.sameDay().description()).isEqualTo("Trong ngày");
    }

    @Test
    void timeLimitMustBePositive() {
        assertThatThrownBy(() -> TimeLimit.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.workingHours(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
