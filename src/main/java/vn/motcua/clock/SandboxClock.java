package vn.motcua.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Moves the time of the app and of the engine together, for demos, tests and benchmarks only (the demo and
 * test profiles set {@code motcua.sandbox-clock=true}; elsewhere this bean does not exist).
 */
@Service
@ConditionalOnProperty(name = "motcua.sandbox-clock", havingValue = "true")
public class SandboxClock {

    private final Clock clock;
    private final ProcessEngine engine;
    private volatile boolean frozen;

    SandboxClock(Clock clock, ProcessEngine engine) {
        this.clock = clock;
        this.engine = engine;
    }

    /**
     * Sets the time. A frozen clock stands still (tests); a running one ticks on from there (demos). Either way
     * the job executor is woken, so timers that fall due fire as they would in real time.
     */
    public Instant moveTo(Instant now, boolean freeze) {
        if (freeze) {
            ClockUtil.setCurrentTime(Date.from(now));
        } else {
            ClockUtil.offset(now.toEpochMilli() - System.currentTimeMillis());
        }
        frozen = freeze;
        wakeJobExecutor();
        return clock.instant();
    }

    /** Back to real time. */
    public Instant reset() {
        ClockUtil.reset();
        frozen = false;
        return clock.instant();
    }

    public Instant now() {
        return clock.instant();
    }

    public boolean frozen() {
        return frozen;
    }

    private void wakeJobExecutor() {
        JobExecutor jobExecutor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.jobWasAdded();
        }
    }
}
