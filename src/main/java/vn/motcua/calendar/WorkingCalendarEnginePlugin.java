package vn.motcua.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link WorkingTimeBusinessCalendar} as the engine's "dueDate" calendar (used by timer
 * {@code timeDate} and user task due dates), so BPMN deadlines count working days like the rest of the app.
 * "duration" and "cycle" stay Camunda's own. The Camunda Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean; no other feature needs the class, so it stays package-private.
 */
@Component
class WorkingCalendarEnginePlugin extends AbstractProcessEnginePlugin {

    private final WorkingCalendar calendar;

    WorkingCalendarEnginePlugin(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine only builds its default manager when none is set, so ours must be complete.
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
        calendars.addBusinessCalendar(
                DueDateBusinessCalendar.NAME, new WorkingTimeBusinessCalendar(calendar, OfficeHours.DEFAULT));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
