package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.CalendarFixtures.local;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingTimeBusinessCalendarTest {

    private static final WorkingCalendar calendar = CalendarFixtures.realCalendar();

    private final WorkingTimeBusinessCalendar businessCalendar =
            new WorkingTimeBusinessCalendar(calendar, OfficeHours.DEFAULT);

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void anchorMayBeGivenInUtc() {
        assertThat(businessCalendar.resolveDuedate("1 working day after 2025-03-06T02:00:00Z"))
                .isEqualTo(Date.from(local("2025-03-07T09:00")));
    }

    @Test
    void workingDaysAfterAnAnchorSkipTheWeekend() {
        assertThat(businessCalendar.resolveDuedate("3 working days after 2025-03-07T10:00:00+07:00"))
                .isEqualTo(Date.from(local("2025-03-12T10:00")));
    }

    @Test
    void workingHoursAfterAnAnchorSkipTheLunchBreak() {
        assertThat(businessCalendar.resolveDuedate("2 working hours after 2025-03-05T11:00:00+07:00"))
                .isEqualTo(Date.from(local("2025-03-05T14:00")));
    }

    @Test
    void withoutAnAnchorTheEngineClockIsTheStart() {
        ClockUtil.setCurrentTime(Date.from(local("2025-03-07T10:00")));
        assertThat(businessCalendar.resolveDuedate("3 working days")).isEqualTo(Date.from(local("2025-03-12T10:00")));
    }

    @Test
    void withoutAnAnchorTheGivenStartDateIsTheStart() {
        assertThat(businessCalendar.resolveDuedate("1 Working Day", Date.from(local("2025-01-24T10:00"))))
                .isEqualTo(Date.from(local("2025-02-03T10:00")));
    }

    @Test
    void isoDateIsResolvedLikeCamundasDefaultCalendar() {
        String iso = "2025-03-06T09:00:00+07:00";
        assertThat(businessCalendar.resolveDuedate(iso))
                .isEqualTo(new DueDateBusinessCalendar().resolveDuedate(iso))
                .isEqualTo(Date.from(local("2025-03-06T09:00")));
    }

    @Test
    void isoPeriodIsResolvedLikeCamundasDefaultCalendar() {
        Date start = Date.from(local("2025-03-07T10:00"));
        assertThat(businessCalendar.resolveDuedate("P3D", start))
                .isEqualTo(new DueDateBusinessCalendar().resolveDuedate("P3D", start));
    }

    @Test
    void anchorThatIsNotAnIsoInstantFailsWithAClearMessage() {
        assertThatThrownBy(() -> businessCalendar.resolveDuedate("1 working day after Thu Mar 06 09:00:00 ICT 2025"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("1 working day after");
    }

    @Test
    void pluginInstallsTheWorkingTimeCalendarForDueDatesAndKeepsCamundasOthers() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        new WorkingCalendarEnginePlugin(calendar).preInit(configuration);

        BusinessCalendarManager calendars = configuration.getBusinessCalendarManager();
        assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME))
                .isInstanceOf(WorkingTimeBusinessCalendar.class);
        assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME))
                .isInstanceOf(DurationBusinessCalendar.class);
        assertThat(calendars.getBusinessCalendar(CycleBusinessCalendar.NAME)).isInstanceOf(CycleBusinessCalendar.class);
    }
}
