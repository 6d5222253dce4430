package vn.motcua.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/** The reform indicators of docs/api.md ("Indicators"); security lets SUPERVISOR and ADMIN in. */
@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Indicators")
class IndicatorController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndicatorService indicators;
    private final OfficeDirectory office;

    IndicatorController(IndicatorService indicators, OfficeDirectory office) {
        this.indicators = indicators;
        this.office = office;
    }

    /**
     * The unit a caller may read: a supervisor of the province's root unit (and an administrator) any unit or all; a
     * supervisor of another unit his unit and those under it, his own when he names none.
     */
    private String scopedUnit(Staff staff, String unit) {
        if (staff.hasRole(Role.ADMIN) || office.isRoot(staff.unitCode())) {
            return unit;
        }
        if (unit == null || unit.isBlank()) {
            return staff.unitCode();
        }
        if (!office.unitAndItsUnits(staff.unitCode()).contains(unit)) {
            throw new AccessDeniedException("Unit " + unit + " is outside the supervisor's own");
        }
        return unit;
    }

    @Operation(summary = "Report the reform indicators of a period", operationId = "getIndicators")
    @GetMapping
    ResponseEntity<?> report(
            @AuthenticationPrincipal Staff staff,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String format) {
        if (format != null
                && !format.isBlank()
                && !"json".equals(format)
                && !"csv".equals(format)
                && !"xlsx".equals(format)) {
            throw new InvalidFieldException("format", "must be json, csv or xlsx");
        }
        IndicatorReport report =
                indicators.report(from, to, scopedUnit(staff, unit), department, procedureCode, groupBy);
        String name = "chi-so-" + report.from() + "_" + report.to();
        if ("csv".equals(format)) {
            return file(
                    IndicatorExport.csv(report), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
        }
        if ("xlsx".equals(format)) {
            return file(IndicatorExport.xlsx(report), XLSX, name + ".xlsx");
        }
        return ResponseEntity.ok(report);
    }

    @Operation(summary = "List the dossiers behind one indicator figure", operationId = "listIndicatorDossiers")
    @GetMapping("/dossiers")
    DrillDownPage dossiers(
            @AuthenticationPrincipal Staff staff,
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return indicators.dossiers(metric, from, to, scopedUnit(staff, unit), department, procedureCode, page, size);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }
}
