package vn.motcua.procedure.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.common.ApiError;
import vn.motcua.common.InvalidFieldException;

/** docs/api.md, "Import procedures from the national catalog"; ADMIN alone ({@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/procedures")
@Tag(name = "Administration")
class CatalogImportController {

    private final CatalogImport importer;

    CatalogImportController(CatalogImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import procedures from a national catalog file",
            description = "A CSV (UTF-8, comma or semicolon) or XLSX in the shape of the national database of"
                    + " administrative procedures: Mã thủ tục, Tên thủ tục, Lĩnh vực, Cấp thực hiện, Thời hạn giải"
                    + " quyết, Phí, lệ phí, Thành phần hồ sơ, Cơ quan thực hiện. dryRun=true (the default) lists what"
                    + " would be created, changed or refused and why, and writes nothing; dryRun=false writes the"
                    + " created and changed ones in one transaction, each logged as PROCEDURE_IMPORTED.")
    @ApiResponse(responseCode = "200", description = "What was (or would be) created, changed and refused")
    @ApiResponse(
            responseCode = "400",
            description = "The file is missing or unreadable (fields.file)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Not an administrator",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "413",
            description = "Over 2 MB or 5,000 rows",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    CatalogImport.Result importFile(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", "a CSV or XLSX file is required");
        }
        if (file.getSize() > CatalogFile.MAX_BYTES) {
            throw new CatalogFile.TooLarge("the file is larger than 2 MB");
        }
        try {
            return importer.run(file.getOriginalFilename(), file.getBytes(), dryRun);
        } catch (CatalogFile.Unreadable e) {
            throw new InvalidFieldException("file", e.getMessage());
        }
    }

    @ExceptionHandler(CatalogFile.TooLarge.class)
    ResponseEntity<ApiError> tooLarge(CatalogFile.TooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(ApiError.of(413, "too_large", "The catalog file is too large: " + e.getMessage()));
    }
}
