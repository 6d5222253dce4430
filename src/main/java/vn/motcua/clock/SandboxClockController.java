package vn.motcua.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sandbox clock of docs/api.md; absent (404) outside the demo and test profiles. */
@RestController
@RequestMapping("/api/sandbox/clock")
@ConditionalOnProperty(name = "motcua.sandbox-clock", havingValue = "true")
@Tag(name = "Sandbox clock")
class SandboxClockController {

    private final SandboxClock sandbox;
    private final Clock clock;

    SandboxClockController(SandboxClock sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
    }

    record ClockView(OffsetDateTime now, boolean frozen) {}

    record MoveClock(@NotNull OffsetDateTime now, Boolean frozen) {}

    @Operation(summary = "Read the sandbox clock", operationId = "getSandboxClock")
    @GetMapping
    ClockView get() {
        return view();
    }

    @Operation(summary = "Move the sandbox clock", operationId = "moveSandboxClock")
    @PutMapping
    ClockView move(@Valid @RequestBody MoveClock body) {
        sandbox.moveTo(body.now().toInstant(), body.frozen() == null || body.frozen());
        return view();
    }

    @Operation(summary = "Put the sandbox clock back to real time", operationId = "resetSandboxClock")
    @DeleteMapping
    ClockView reset() {
        sandbox.reset();
        return view();
    }

    private ClockView view() {
        return new ClockView(OffsetDateTime.ofInstant(sandbox.now(), clock.getZone()), sandbox.frozen());
    }
}
