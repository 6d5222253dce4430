package vn.motcua.indicator;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.common.InvalidFieldException;

/** The reform indicators of docs/api.md ("Indicators"); security lets SUPERVISOR and ADMIN in. */
@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Indicators")
class IndicatorController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    ResponseEntity<?> report(
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
        IndicatorReport report = indicators.report(from, to, unit, department, procedureCode, groupBy);
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

    @GetMapping("/dossiers")
    DrillDownPage dossiers(
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return indicators.dossiers(metric, from, to, unit, department, procedureCode, page, size);
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
