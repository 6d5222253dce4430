package vn.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.security.Staff;

@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Dossiers")
class DossierController {

    private final DossierService service;
    private final DossierQueries queries;
    private final IdempotentIntake idempotent;

    DossierController(DossierService service, DossierQueries queries, IdempotentIntake idempotent) {
        this.idempotent = idempotent;
        this.service = service;
        this.queries = queries;
    }

    @Operation(
            summary = "Receive a dossier at the desk or register an online one",
            operationId = "intakeDossier",
            description = "With an Idempotency-Key header, a repeat by the same clerk within 24 hours answers the"
                    + " first result (status and body) and creates nothing.")
    @ApiResponse(
            responseCode = "201",
            description = "The dossier registered (or, for a repeated Idempotency-Key, the first answer)",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @PostMapping
    ResponseEntity<Object> intake(
            @Valid @RequestBody IntakeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @AuthenticationPrincipal Staff clerk) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(service.intake(request, clerk));
        }
        if (idempotencyKey.length() > 200) {
            throw new InvalidFieldException("Idempotency-Key", "must be at most 200 characters");
        }
        IdempotentIntake.Answer answer = idempotent.atDesk(idempotencyKey.strip(), request, clerk);
        return ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    @Operation(summary = "Read one dossier with its timeline", operationId = "getDossier")
    @GetMapping("/{code}")
    DossierView get(@PathVariable String code, @AuthenticationPrincipal Staff staff) {
        return queries.view(code, staff);
    }

    @Operation(
            summary = "Search and list the dossiers the caller may see",
            description = "q: a dossier code (any case, spaces ignored), ID number, phone, or the applicant's name"
                    + " with or without diacritics (from its start). Dates are office-zone days, both ends inclusive.",
            operationId = "listDossiers")
    @GetMapping
    DossierPage list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime dueBefore,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal Staff staff) {
        if (q != null && q.length() > 255) {
            throw new InvalidFieldException("q", "must be at most 255 characters");
        }
        DossierFilter filter = new DossierFilter(
                q,
                status,
                overdue,
                dueBefore == null ? null : dueBefore.toInstant(),
                department,
                procedureCode,
                channel,
                receivedFrom,
                receivedTo,
                dueFrom,
                dueTo,
                null,
                null);
        DossierFilter.checkRanges(filter);
        return queries.search(filter, page, size, staff);
    }

    record WithdrawalInput(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000)
            String reason) {}

    @Operation(summary = "Withdraw a dossier at the applicant's request", operationId = "withdrawDossier")
    @PostMapping("/{code}/withdraw")
    DossierView withdraw(@PathVariable String code, @Valid @RequestBody WithdrawalInput input) {
        return service.withdraw(code, input.reason());
    }

    @Operation(summary = "Record the supplement the applicant brought", operationId = "supplementDossier")
    @PostMapping("/{code}/supplement")
    DossierView supplement(@PathVariable String code, @Valid @RequestBody SupplementInput input) {
        return service.supplement(code, input);
    }
}
