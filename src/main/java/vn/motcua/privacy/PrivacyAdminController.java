package vn.motcua.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** docs/api.md, "Personal data"; security lets ADMIN alone in ({@code /api/admin/**}). */
@RestController
@Tag(name = "Administration")
class PrivacyAdminController {

    private final PersonalDataAccessLog accessLog;
    private final PersonalDataRetention retention;

    PrivacyAdminController(PersonalDataAccessLog accessLog, PersonalDataRetention retention) {
        this.accessLog = accessLog;
        this.retention = retention;
    }

    @GetMapping("/api/admin/personal-data-access")
    @Operation(
            summary = "List the personal data access log",
            description = "Every explicit opening of a dossier's full personal data, newest first (at most 1,000):"
                    + " who, when, which dossier, why, from where. Filters: from, to (office dates, inclusive),"
                    + " actor, dossier (its code). 400 for a bad date or to before from.")
    List<PersonalDataAccessEntry> accessLog(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String dossier) {
        return accessLog.find(from, to, actor, dossier);
    }

    @PostMapping("/api/admin/privacy/purge")
    @Operation(
            summary = "Apply the retention rule of closed dossiers' personal data",
            description = "Erases the applicant's personal data of the dossiers closed longer ago than"
                    + " motcua.privacy.retention (5 years by default), as the nightly job does. dryRun=true (the"
                    + " default) only counts and lists them; dryRun=false erases them and writes"
                    + " PERSONAL_DATA_ERASED to the administration log.")
    PurgeResult purge(@RequestParam(defaultValue = "true") boolean dryRun) {
        return retention.purge(dryRun);
    }
}
