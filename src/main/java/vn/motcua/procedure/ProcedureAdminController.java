package vn.motcua.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.common.NotFoundException;
import vn.motcua.office.UnitKind;

/** docs/api.md, "Procedures (administration)"; security lets ADMIN alone in ({@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/procedures")
@Tag(name = "Administration")
class ProcedureAdminController {

    private final ProcedureCatalog catalog;
    private final ProcedureAdministration administration;

    ProcedureAdminController(ProcedureCatalog catalog, ProcedureAdministration administration) {
        this.catalog = catalog;
        this.administration = administration;
    }

    /** One version of a procedure, in the shape of the body that writes it, with its number and whether in force. */
    record VersionView(
            String code,
            String nationalCode,
            String name,
            String field,
            String level,
            ProcedureDraft.TimeLimitDraft timeLimit,
            BigDecimal fee,
            List<String> documents,
            List<AgencyView> agencies,
            HandlingTemplate template,
            String processKey,
            LocalDate effectiveFrom,
            String legalBasis,
            long versionId,
            int version,
            boolean inForce) {

        static VersionView of(Procedure p, Procedure inForce) {
            return new VersionView(
                    p.code(),
                    p.nationalCode(),
                    p.name(),
                    p.field(),
                    p.level(),
                    new ProcedureDraft.TimeLimitDraft(
                            p.processingDays(), p.processingHours(), p.sameDay() ? Boolean.TRUE : null),
                    p.fee(),
                    p.documents(),
                    p.agencies().stream()
                            .map(a -> new AgencyView(
                                    a.unitKind(), a.unit(), a.department(), a.shareDays(), a.shareHours()))
                            .toList(),
                    p.template(),
                    p.processKey(),
                    p.effectiveFrom(),
                    p.legalBasis(),
                    p.versionId(),
                    p.versionNo(),
                    inForce != null && inForce.versionId().equals(p.versionId()));
        }
    }

    record AgencyView(UnitKind unitKind, String unitCode, String department, Integer shareDays, Integer shareHours) {}

    /** A procedure: the version in force today (or the first to come) and every version, oldest first. */
    record ProcedureView(String code, VersionView current, List<VersionView> versions) {}

    /** What a write did: {@code CREATED}, {@code CHANGED} or {@code UNCHANGED}, the latest version before and after. */
    record ChangeView(ProcedureChange.Outcome outcome, VersionView before, VersionView after) {}

    @GetMapping
    @Operation(
            summary = "List the procedures with their versions",
            description = "Every procedure of the catalog, by code: the version in force today (or, for one not yet"
                    + " in force, its first version) and every version with its effective date.")
    List<ProcedureView> list() {
        return catalog.codes().stream().map(this::view).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read one procedure with its versions")
    @ApiResponse(responseCode = "404", description = "Unknown procedure")
    ProcedureView get(@PathVariable String code) {
        if (catalog.versions(code).isEmpty()) {
            throw new NotFoundException("Unknown procedure " + code);
        }
        return view(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a procedure",
            description = "Version 1 from effectiveFrom. template ONE_DEPARTMENT, AGENCY_CHAIN or AT_DESK runs the"
                    + " template's model with the procedure's agencies; CUSTOM names its own model by processKey."
                    + " Logged as PROCEDURE_CREATED.")
    @ApiResponse(responseCode = "400", description = "A field is wrong; the body names every one")
    @ApiResponse(responseCode = "409", description = "The code exists: PUT a new version of it")
    ChangeView create(@RequestBody ProcedureDraft draft) {
        return view(administration.create(draft));
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Make a new version of a procedure",
            description = "A new version from effectiveFrom, which must come after the latest version's: dossiers"
                    + " registered before keep their version (due date, fee, checklist, agencies). A body that says"
                    + " what the latest version says changes nothing (UNCHANGED). Logged as"
                    + " PROCEDURE_VERSION_CREATED with the versions before and after.")
    @ApiResponse(responseCode = "400", description = "A field is wrong; the body names every one")
    @ApiResponse(responseCode = "404", description = "Unknown procedure")
    ChangeView change(@PathVariable String code, @RequestBody ProcedureDraft draft) {
        return view(administration.change(code, draft));
    }

    @PostMapping("/preview")
    @Operation(
            summary = "Check a procedure without saving it",
            description = "What PUT or POST would do with the body (CREATED, CHANGED or UNCHANGED), checked the same"
                    + " way; nothing is written.")
    @ApiResponse(responseCode = "400", description = "A field is wrong; the body names every one")
    ChangeView preview(@RequestBody ProcedureDraft draft) {
        return view(administration.preview(draft));
    }

    private ProcedureView view(String code) {
        List<Procedure> versions = catalog.versions(code);
        Procedure inForce = ProcedureCatalog.inForce(versions, catalog.today());
        Procedure current = inForce != null ? inForce : versions.get(0);
        return new ProcedureView(
                code,
                VersionView.of(current, inForce),
                versions.stream().map(v -> VersionView.of(v, inForce)).toList());
    }

    private ChangeView view(ProcedureChange change) {
        Procedure inForce = change.after() == null
                ? null
                : catalog.find(change.after().code()).orElse(null);
        return new ChangeView(
                change.outcome(),
                change.before() == null ? null : VersionView.of(change.before(), inForce),
                change.after() == null || change.after().versionId() == null
                        ? previewOf(change.after())
                        : VersionView.of(change.after(), inForce));
    }

    private static VersionView previewOf(Procedure p) {
        return p == null ? null : VersionView.of(ProcedureAdministration.withId(p, 0L), null);
    }
}
