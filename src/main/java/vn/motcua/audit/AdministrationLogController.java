package vn.motcua.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** docs/api.md, "Administration log"; security lets ADMIN alone in ({@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/log")
@Tag(name = "Administration")
class AdministrationLogController {

    private final AdministrationLog log;

    AdministrationLogController(AdministrationLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(
            operationId = "listAdministrationLog",
            summary = "List the administration log",
            description = "Every change to units, departments, staff, procedures and sign-in locks, newest first"
                    + " (at most 1,000): who, when, what, the record before and after. Filters: [from, to), actor,"
                    + " kind.")
    List<AdministrationLogEntry> find(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String kind) {
        return log.find(from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), actor, kind);
    }
}
