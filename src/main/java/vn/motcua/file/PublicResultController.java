package vn.motcua.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The citizen downloads the electronic result with the lookup's code and phone digits; no login, rate-limited. */
@RestController
@Tag(name = "Public lookup")
class PublicResultController {

    private final DossierFiles files;

    PublicResultController(DossierFiles files) {
        this.files = files;
    }

    @Operation(
            summary = "Download a dossier's electronic result by its code and phone digits",
            operationId = "downloadPublicResult")
    @ApiResponse(responseCode = "404", description = "No match of code and phone digits, or no electronic result")
    @GetMapping("/api/public/dossiers/{code}/result")
    ResponseEntity<byte[]> result(
            @PathVariable String code, @RequestParam String phone, jakarta.servlet.http.HttpServletResponse response) {
        return DossierFileController.download(files.publicResult(code, phone), response);
    }
}
