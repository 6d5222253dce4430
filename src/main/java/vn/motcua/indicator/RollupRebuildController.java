package vn.motcua.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The indicators' administration of docs/api.md; security lets ADMIN alone in ({@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/indicators")
@Tag(name = "Administration")
class RollupRebuildController {

    private final RollupRebuild rebuild;

    RollupRebuildController(RollupRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    @Operation(
            operationId = "rebuildIndicatorRollup",
            summary = "Rebuild the indicator rollup from the dossier rows",
            description = "Recomputes indicator_rollup, indicator_rollup_month, indicator_outcome and indicator_fact"
                    + " unit by unit, one transaction each; the figures of dossiers handled before a new counter"
                    + " existed are filled in. 409 while another rebuild runs.")
    RollupRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
