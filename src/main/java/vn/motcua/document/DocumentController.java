package vn.motcua.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.Staff;

/**
 * The printed forms (docs/api.md: {@code GET /api/dossiers/{code}/documents/{kind}.pdf}) and the tracking book. The book's
 * literal path is more specific than {@code /api/dossiers/{code}}, so Spring MVC routes it here.
 */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Documents")
class DocumentController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PrintedForms forms;
    private final TrackingBook book;

    DocumentController(PrintedForms forms, TrackingBook book) {
        this.forms = forms;
        this.book = book;
    }

    @Operation(summary = "Print one of a dossier's forms as PDF", operationId = "printDossierForm")
    @GetMapping("/{code}/documents/{kind}.pdf")
    ResponseEntity<byte[]> form(
            @PathVariable String code,
            @PathVariable String kind,
            @AuthenticationPrincipal Staff staff,
            HttpServletResponse response) {
        return file(forms.render(code, kind, staff), MediaType.APPLICATION_PDF, code + "-" + kind + ".pdf", response);
    }

    @Operation(summary = "Export the tracking book as XLSX", operationId = "exportTrackingBook")
    @GetMapping("/tracking-book.xlsx")
    ResponseEntity<byte[]> trackingBook(
            @RequestParam String from,
            @RequestParam String to,
            @AuthenticationPrincipal Staff staff,
            HttpServletResponse response) {
        return file(book.export(from, to, staff), XLSX, "so-theo-doi-ho-so-" + from + "-" + to + ".xlsx", response);
    }

    /**
     * A binary file. The server forces UTF-8 on every response (server.servlet.encoding.force), which would label a
     * PDF "application/pdf;charset=UTF-8"; a binary type has no charset, so it is cleared here.
     */
    private static ResponseEntity<byte[]> file(
            byte[] content, MediaType type, String name, HttpServletResponse response) {
        response.setCharacterEncoding((String) null);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }
}
