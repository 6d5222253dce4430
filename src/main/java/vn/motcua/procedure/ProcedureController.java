package vn.motcua.procedure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/procedures")
@Tag(name = "Procedures")
class ProcedureController {

    private final ProcedureCatalog catalog;

    ProcedureController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    record ProcedureView(
            String code,
            String name,
            String field,
            String level,
            Integer processingDays,
            Integer processingHours,
            boolean sameDay,
            BigDecimal fee,
            String processKey,
            String legalBasis,
            List<String> agencies,
            List<Procedure.Agency> shares,
            List<String> documents,
            String nationalCode,
            HandlingTemplate template,
            int version,
            LocalDate effectiveFrom) {}

    @GetMapping
    @Operation(
            operationId = "listProcedures",
            summary = "List the procedures in force today",
            description = "Each procedure's version in force today: time limit, fee, checklist, agencies with their"
                    + " shares, and how it is handled (template and process).")
    List<ProcedureView> list() {
        return catalog.all().stream()
                .map(p -> new ProcedureView(
                        p.code(),
                        p.name(),
                        p.field(),
                        p.level(),
                        p.processingDays(),
                        p.processingHours(),
                        p.sameDay(),
                        p.fee(),
                        p.processKey(),
                        p.legalBasis(),
                        p.agencies().stream().map(Procedure.Agency::department).toList(),
                        p.agencies(),
                        p.documents(),
                        p.nationalCode(),
                        p.template(),
                        p.versionNo(),
                        p.effectiveFrom()))
                .toList();
    }
}
