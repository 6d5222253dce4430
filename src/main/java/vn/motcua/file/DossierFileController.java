package vn.motcua.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.SupplementInput;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/** The files of dossiers (docs/api.md, "Files"). */
@RestController
@Tag(name = "Files")
class DossierFileController {

    private final DossierFiles files;
    private final ObjectMapper json;
    private final Validator validator;

    DossierFileController(DossierFiles files, ObjectMapper json, Validator validator) {
        this.files = files;
        this.json = json;
        this.validator = validator;
    }

    @Operation(
            summary = "Receive a dossier with the files of its components (multipart)",
            operationId = "intakeDossierWithFiles",
            description = "Part `dossier`: the JSON of intakeDossier; parts `files[<document name>]`: its files.")
    @ApiResponse(responseCode = "413", description = "A file, or the files together, over the limit")
    @ApiResponse(responseCode = "415", description = "A file that is not a PDF, JPEG or PNG by its content")
    @PostMapping(path = "/api/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DossierView intake(MultipartHttpServletRequest request, @AuthenticationPrincipal Staff clerk) {
        return files.intake(intakeRequest(request), IntakeParts.componentFiles(request), clerk);
    }

    @Operation(
            summary = "Record the supplement the applicant brought, with the files of its documents (multipart)",
            operationId = "supplementDossierWithFiles",
            description =
                    "Part `supplement`: the JSON of supplementDossier; parts `files[<document name>]`: its files.")
    @ApiResponse(responseCode = "413", description = "A file, or the dossier's files together, over the limit")
    @ApiResponse(responseCode = "415", description = "A file that is not a PDF, JPEG or PNG by its content")
    @PostMapping(path = "/api/dossiers/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DossierView supplement(
            @PathVariable String code, MultipartHttpServletRequest request, @AuthenticationPrincipal Staff clerk) {
        // The files first: reading them parses the request, so a size over the limit answers 413 (as the upload).
        Map<String, List<MultipartFile>> byComponent = IntakeParts.componentFiles(request);
        SupplementInput input = jsonPart(request, "supplement", SupplementInput.class, "the supplement's JSON");
        return files.supplement(code, input, byComponent, clerk);
    }

    @Operation(summary = "Add files of one component of a dossier", operationId = "uploadDossierFiles")
    @ApiResponse(responseCode = "413", description = "A file, or the dossier's files together, over the limit")
    @ApiResponse(responseCode = "415", description = "A file that is not a PDF, JPEG or PNG by its content")
    @PostMapping(path = "/api/dossiers/{code}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<StoredFile> upload(
            @PathVariable String code,
            // The files first: reading them parses the request, so a size over the limit answers 413 before the
            // container's parse failure could make the component look missing.
            @RequestParam("file") List<MultipartFile> uploads,
            @RequestParam String component,
            @AuthenticationPrincipal Staff staff) {
        return files.upload(code, component, uploads, staff);
    }

    @Operation(summary = "File the result of a dossier, electronic or scanned", operationId = "uploadResultFiles")
    @ApiResponse(responseCode = "403", description = "Neither the department holding it nor the desk returning it")
    @ApiResponse(responseCode = "413", description = "A file, or the dossier's files together, over the limit")
    @ApiResponse(responseCode = "415", description = "A file that is not a PDF, JPEG or PNG by its content")
    @PostMapping(path = "/api/dossiers/{code}/result-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<StoredFile> uploadResult(
            @PathVariable String code,
            @RequestParam("file") List<MultipartFile> uploads,
            @AuthenticationPrincipal Staff staff) {
        return files.uploadResult(code, uploads, staff);
    }

    @Operation(summary = "List a dossier's files", operationId = "listDossierFiles")
    @GetMapping("/api/dossiers/{code}/files")
    List<StoredFile> list(@PathVariable String code, @AuthenticationPrincipal Staff staff) {
        return files.list(code, staff);
    }

    @Operation(summary = "Download one file of a dossier, checked against its SHA-256", operationId = "getDossierFile")
    @ApiResponse(responseCode = "500", description = "The stored bytes no longer match the file's SHA-256")
    @GetMapping("/api/dossiers/{code}/files/{id}")
    ResponseEntity<byte[]> get(
            @PathVariable String code,
            @PathVariable long id,
            @AuthenticationPrincipal Staff staff,
            HttpServletResponse response) {
        return download(files.read(code, id, staff), response);
    }

    @Operation(
            summary = "An applicant's digitised components on earlier dossiers, for reuse at intake",
            operationId = "listReusableFiles")
    @GetMapping("/api/reusable-files")
    List<ReusableFile> reusable(@RequestParam String idNumber, @AuthenticationPrincipal Staff staff) {
        if (staff.role() != Role.CLERK) {
            throw new AccessDeniedException("Only the desk receives dossiers");
        }
        return files.reusable(idNumber);
    }

    /** The bytes with their type, name and {@code Digest: sha-256=<base64>} (RFC 3230). */
    static ResponseEntity<byte[]> download(FileContent content, HttpServletResponse response) {
        // Bytes, not text: no charset on the type (server.servlet.encoding.force sets one on every answer).
        response.setCharacterEncoding((String) null);
        StoredFile file = content.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(content.bytes().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(
                        "Digest",
                        "sha-256="
                                + java.util.Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(file.sha256())))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }

    private IntakeRequest intakeRequest(MultipartHttpServletRequest request) {
        return jsonPart(request, "dossier", IntakeRequest.class, "the intake's JSON");
    }

    /** A part holding JSON, as a form field or a file part, read and validated as the JSON body would be. */
    private <T> T jsonPart(MultipartHttpServletRequest request, String name, Class<T> type, String what) {
        String text = IntakeParts.text(request, name);
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(name, "is required: " + what);
        }
        T value;
        try {
            value = json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException(name, "is not valid: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            violations.forEach(v -> fields.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidFieldException(fields);
        }
        return value;
    }
}
