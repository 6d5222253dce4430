package vn.motcua.handling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * {@code POST /api/tasks/{id}/verification}: the task waits for an answer from outside the department (chờ xác minh)
 * until about {@code expectedBy}. The time limit keeps running; the lateness forecast counts the wait.
 */
public record VerificationWait(
        @Schema(
                description = "When the answer is expected, ISO 8601 with offset",
                example = "2027-03-15T09:00:00+07:00")
        @NotNull
        OffsetDateTime expectedBy,

        @Schema(description = "What is being verified, and with whom", example = "Xác minh nơi cư trú tại xã Hòa Bình")
        @NotBlank
        @Size(max = 500)
        String reason) {}
