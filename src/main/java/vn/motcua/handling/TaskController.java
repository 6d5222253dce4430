package vn.motcua.handling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.security.Staff;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskController {

    private final TaskWork work;

    TaskController(TaskWork work) {
        this.work = work;
    }

    /** The caller's open tasks; with {@code dossierCode}, those of that dossier only (its page, a portal's step). */
    @Operation(summary = "List the caller's open tasks", operationId = "listTasks")
    @GetMapping
    List<TaskView> list(@RequestParam(required = false) String dossierCode, @AuthenticationPrincipal Staff staff) {
        return work.visibleTo(staff, dossierCode);
    }

    @Operation(summary = "Claim a task", operationId = "claimTask")
    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String id, @AuthenticationPrincipal Staff staff) {
        work.claim(id, staff);
    }

    @Operation(summary = "Give a claimed task back to its group", operationId = "unclaimTask")
    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String id, @AuthenticationPrincipal Staff staff) {
        work.unclaim(id, staff);
    }

    @Operation(summary = "Complete a task with its outcome", operationId = "completeTask")
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(
            @PathVariable String id,
            @Valid @RequestBody TaskCompletion completion,
            @AuthenticationPrincipal Staff staff) {
        work.complete(id, completion, staff);
    }

    @Operation(
            summary = "Record that a task waits for a verification",
            description = "The task waits for an answer from outside the department (chờ xác minh) until about"
                    + " expectedBy. The dossier stays in handling and its time limit keeps running; the lateness"
                    + " forecast counts the wait.",
            operationId = "awaitVerification")
    @PostMapping("/{id}/verification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void awaitVerification(
            @PathVariable String id, @Valid @RequestBody VerificationWait wait, @AuthenticationPrincipal Staff staff) {
        work.awaitVerification(id, wait, staff);
    }
}
