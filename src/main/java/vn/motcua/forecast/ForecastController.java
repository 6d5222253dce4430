package vn.motcua.forecast;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.security.Staff;

@RestController
@RequestMapping("/api/forecast")
@Tag(name = "Lateness forecast")
class ForecastController {

    private final LateForecast forecast;
    private final LatenessWarnings warnings;

    ForecastController(LateForecast forecast, LatenessWarnings warnings) {
        this.forecast = forecast;
        this.warnings = warnings;
    }

    /**
     * With {@code to} (and {@code from}, {@code people}), a what-if: the forecast as if that many people worked in
     * {@code to} for the coming ten working days, taken from {@code from} or new. Nothing is stored.
     */
    @Operation(
            summary = "List the dossiers predicted to finish after their due instant, optionally with people moved",
            operationId = "getLateForecast")
    @GetMapping("/late")
    LateForecast.Forecast late(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int people,
            @AuthenticationPrincipal Staff staff) {
        if (to == null && (from != null && !from.isBlank())) {
            throw new InvalidFieldException("to", "is required with from");
        }
        StaffMove move = to == null ? StaffMove.NONE : forecast.move(staff.unitCode(), from, to, people);
        return forecast.forUnit(staff.unitCode(), move);
    }

    @Operation(
            summary = "List the caller's warnings of dossiers that will be late",
            operationId = "listLatenessWarnings")
    @GetMapping("/warnings")
    List<LatenessWarning> warnings(@AuthenticationPrincipal Staff staff) {
        return warnings.of(staff);
    }
}
